import "server-only";
import { tags } from "@/lib/cache/tags";
import { cache } from "react";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { db } from "@/lib/db";
import type { NewsletterCardDto } from "./dto";

/** Active newsletters in their staff-chosen order, as every sign-up form shows them. */
export const listSignUpNewsletters = cache((): Promise<NewsletterCardDto[]> =>
  cached("newsletters:active", 10 * MINUTE, async () => ({
    value: await db.newsletter.findMany({
      // Members' newsletters are subscribed to from the account page (lib/membership/perks.ts).
      where: { active: true, membersOnly: false },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true, description: true, cadence: true },
    }),
    tags: [tags.newsletters],
  })),
);

export async function getSignUpNewsletter(slug: string): Promise<NewsletterCardDto | null> {
  return (await listSignUpNewsletters()).find((newsletter) => newsletter.slug === slug) ?? null;
}
