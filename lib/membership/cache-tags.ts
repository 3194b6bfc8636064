/**
 * What membership changes refresh. The offer (tiers, copy, FAQs, perks) is
 * shown on /membership and in the support box after every article, so a
 * staff edit invalidates this one tag. A member joining or leaving touches
 * no cached page: who is a member is only ever answered per reader
 * (/api/membership/status, the account page).
 */
export const MEMBERSHIP_TAG = "membership";

export function offerChangeTags(): string[] {
  return [MEMBERSHIP_TAG];
}
