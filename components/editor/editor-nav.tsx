"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function EditorNav({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname();
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
            <Link href={link.href} aria-current={current(link.href) ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
