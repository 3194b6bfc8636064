import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EditorShell } from "@/components/editor/editor-shell";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { getSiteSettings } from "@/lib/site/settings";
import "../../styles/editor.css";
import "../../styles/editor-rich-text.css";

export const metadata: Metadata = {
  title: { template: "%s · Newsroom editor", default: "Newsroom editor" },
  robots: { index: false, follow: false },
};

/**
 * The staff area's frame. Signing in is checked here for the navigation, but
 * every page and every action checks its own permission again: layouts do
 * not run for server actions, and a layout is not re-run on every navigation.
 */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const staff = await requireStaff("editor.enter", undefined, "/editor");
  const settings = await getSiteSettings();
  const links = [
    { href: "/editor", label: "Dashboard" },
    { href: "/editor/articles", label: "Articles" },
    { href: "/editor/articles/new", label: "New article" },
    ...(can(staff.role, "media.upload") ? [{ href: "/editor/media", label: "Media" }] : []),
    ...(can(staff.role, "section.manage") ? [{ href: "/editor/sections", label: "Sections" }] : []),
    ...(can(staff.role, "tag.manage") ? [{ href: "/editor/tags", label: "Tags" }] : []),
    ...(can(staff.role, "author.manage") ? [{ href: "/editor/authors", label: "Authors" }] : []),
    ...(can(staff.role, "newsletter.manage")
      ? [{ href: "/editor/newsletters", label: "Newsletters" }]
      : []),
    ...(can(staff.role, "member.read") ? [{ href: "/editor/members", label: "Members" }] : []),
    ...(can(staff.role, "comment.moderate")
      ? [{ href: "/editor/comments", label: "Comments" }]
      : []),
    ...(can(staff.role, "staff.manage") ? [{ href: "/editor/staff", label: "Staff" }] : []),
    ...(can(staff.role, "settings.manage")
      ? [{ href: "/editor/settings", label: "Settings" }]
      : []),
    ...(can(staff.role, "audit.read") ? [{ href: "/editor/audit", label: "Audit log" }] : []),
    ...(can(staff.role, "outbox.read") ? [{ href: "/editor/outbox", label: "Outbox" }] : []),
    ...(can(staff.role, "settings.manage")
      ? [{ href: "/editor/purges", label: "Edge purges" }]
      : []),
  ];
  return (
    <EditorShell
      siteName={settings.name}
      staff={{ name: staff.name, role: staff.role }}
      links={links}
    >
      {children}
    </EditorShell>
  );
}
