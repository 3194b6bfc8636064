import { AreaTabs } from "@/components/editor/area-tabs";

const TABS = [
  { key: "members", href: "/editor/members", label: "Members" },
  { key: "offer", href: "/editor/members/offer", label: "Offer, tiers and perks" },
] as const;

/** The membership area's own navigation, under the editor's top bar. */
export function MembersTabs({ current }: { current: (typeof TABS)[number]["key"] }) {
  return <AreaTabs label="Membership" tabs={TABS} current={current} />;
}
