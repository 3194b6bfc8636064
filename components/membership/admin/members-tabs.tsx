import Link from "next/link";

const TABS = [
  { key: "members", href: "/editor/members", label: "Members" },
  { key: "offer", href: "/editor/members/offer", label: "Offer, tiers and perks" },
] as const;

/** The membership area's own navigation, under the editor's top bar. */
export function MembersTabs({ current }: { current: (typeof TABS)[number]["key"] }) {
  return (
    <nav className="enl-tabs" aria-label="Membership">
      <ul>
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link href={tab.href} aria-current={tab.key === current ? "page" : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
