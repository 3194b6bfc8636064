import Link from "next/link";

/** "← Sections": the way back from an item to its list. */
export function ManageBreadcrumb({ parent }: { parent: { href: string; label: string } }) {
  return (
    <nav className="em-breadcrumb" aria-label="Breadcrumb">
      <Link href={parent.href}>
        <span aria-hidden="true">←</span> {parent.label}
      </Link>
    </nav>
  );
}
