"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";

/**
 * The staff area's navigation. Its pages are prefetched when an editor
 * reaches for a link (pointer or keyboard focus), not when the links are on
 * screen: they always are, and Next prefetches every visible link again
 * after each save, so a dozen pages would be rendered on the server for
 * every autosave of every open editor.
 */
export function EditorNav({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const router = useRouter();
  const current = (href: string) =>
    href === "/editor"
      ? pathname === href
      : pathname === href ||
        (pathname.startsWith(href + "/") &&
          !links.some(
            (l) => l.href !== href && pathname.startsWith(l.href) && l.href.length > href.length,
          ));
  return (
    <nav className="ed-nav" aria-label="Editor">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={current(link.href) ? "page" : undefined}
              prefetch={false}
              onPointerEnter={() => router.prefetch(link.href)}
              onFocus={() => router.prefetch(link.href)}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
