import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/change-password";
import { getCurrentStaff } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/http/return-path";
import "../../../styles/editor.css";

export const metadata: Metadata = {
  title: "Change password",
  robots: { index: false, follow: false },
};

export default async function ChangePasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  const staff = await getCurrentStaff();
  if (!staff) redirect(`/login?callbackUrl=${encodeURIComponent("/account/password")}`);
  return (
    <main className="ed-login" id="main">
      <div className="ed-login-card">
        <h1>{staff.mustChangePassword ? "Choose your password" : "Change your password"}</h1>
        {staff.mustChangePassword ? (
          <p className="ed-notice">
            You signed in with a temporary password. Replace it with one only you know before you
            continue.
          </p>
        ) : null}
        <ChangePasswordForm
          email={staff.email}
          returnTo={returnTo}
          minLength={PASSWORD_MIN_LENGTH}
          canCancel={!staff.mustChangePassword}
        />
      </div>
    </main>
  );
}
