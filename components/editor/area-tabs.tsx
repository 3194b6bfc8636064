import Link from "next/link";

export interface AreaTab<K extends string> {
  key: K;
  href: string;
  label: string;
}

/**
 * An area's own navigation under the editor's top bar (newsletters,
 * membership): its pages as tabs, the current one marked for assistive
 * technology as well as by its look.
 */
export function AreaTabs<K extends string>({
  label,
  tabs,
  current,
}: {
  /** The area's name, which names the navigation landmark. */
  label: string;
  tabs: readonly AreaTab<K>[];
  current: K;
}) {
  return (
    <nav className="enl-tabs" aria-label={label}>
      <ul>
        {tabs.map((tab) => (
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
