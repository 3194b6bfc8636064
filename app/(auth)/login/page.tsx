import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentStaff } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/http/return-path";
import { getSiteSettings } from "@/lib/site/settings";
import "../../styles/editor.css";

export const metadata: Metadata = {
  title: "Sign in",
  robots: { index: false, follow: false },
};

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  if (await getCurrentStaff()) redirect(returnTo);
  const settings = await getSiteSettings();
  return (
    <main className="ed-login" id="main">
      <div className="ed-login-card">
        <p className="ed-login-site">{settings.name}</p>
        <h1>Sign in to the newsroom</h1>
        <LoginForm
          returnTo={returnTo}
          initialError={typeof params.error === "string" ? params.error : undefined}
          signedOut={params.signedOut === "1"}
        />
      </div>
    </main>
  );
}
