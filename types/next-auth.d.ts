import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    staffId?: string;
    sessionVersion?: number;
    signedInAt?: number;
    /** The StaffSession record this cookie belongs to. */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    signedInAt?: number;
    sid?: string;
  }
}
