import type { AnchorHTMLAttributes } from "react";

/**
 * `next/link` inside the islands' module (scripts/lib/islands-build.ts): an
 * islands page has no App Router to navigate with, so a link is a plain
 * link, with the markup Next's Link renders on the server.
 */
export default function Link({
  href,
  prefetch: _prefetch,
  replace: _replace,
  scroll: _scroll,
  ...anchor
}: AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  prefetch?: boolean | null;
  replace?: boolean;
  scroll?: boolean;
}) {
  return <a href={href} {...anchor} />;
}
