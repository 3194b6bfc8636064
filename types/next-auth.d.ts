import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    staffId?: string;
    sessionVersion?: number;
    signedInAt?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    signedInAt?: number;
  }
}
