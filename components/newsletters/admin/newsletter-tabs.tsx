import { AreaTabs } from "@/components/editor/area-tabs";

const TABS = [
  { key: "newsletters", href: "/editor/newsletters", label: "Newsletters" },
  { key: "issues", href: "/editor/newsletters/issues", label: "Issues" },
  { key: "subscribers", href: "/editor/newsletters/subscribers", label: "Subscribers" },
  { key: "import", href: "/editor/newsletters/subscribers/import", label: "Import" },
] as const;

export type NewsletterTab = (typeof TABS)[number]["key"];

/** The newsletter area's own navigation, under the editor's top bar. */
export function NewsletterTabs({ current }: { current: NewsletterTab }) {
  return <AreaTabs label="Newsletters" tabs={TABS} current={current} />;
}
