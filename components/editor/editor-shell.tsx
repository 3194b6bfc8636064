import Link from "next/link";
import type { ReactNode } from "react";
import { EditorNav } from "./editor-nav";
import { RECORD_TYPING_SCRIPT } from "./typed-before-hydration";
import { SignOutButton } from "@/components/auth/sign-out-button";

const ROLE_LABELS = {
  CONTRIBUTOR: "Contributor",
  AUTHOR: "Author",
  EDITOR: "Editor",
  ADMIN: "Admin",
} as const;

export function EditorShell({
  siteName,
  staff,
  links,
  children,
}: {
  siteName: string;
  staff: { name: string; role: keyof typeof ROLE_LABELS };
  links: { href: string; label: string }[];
  children: ReactNode;
}) {
  return (
    <div className="ed-app">
      {/*
        Raw markup, but a constant: no data goes into it. It must run before
        the page's own script, to keep what is typed meanwhile.
      */}
      <script dangerouslySetInnerHTML={{ __html: RECORD_TYPING_SCRIPT }} />
      <a className="skip-link" href="#editor-main">
        Skip to content
      </a>
      <header className="ed-topbar">
        <Link className="ed-brand" href="/editor" prefetch={false}>
          {siteName} <span>Editor</span>
        </Link>
        <EditorNav links={links} />
        <div className="ed-account">
          {/*
            Plain links: the reader site and the account pages have root
            layouts of their own, so reaching them is a full page load
            whatever the link; a Link would also prefetch (render) them after
            every save.
          */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/" className="ed-account-site">
            View site
          </a>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a className="ed-account-name" href="/account/password" title="Change your password">
            {staff.name} <span className="ed-role">{ROLE_LABELS[staff.role]}</span>
          </a>
          <SignOutButton />
        </div>
      </header>
      <main id="editor-main" className="ed-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
