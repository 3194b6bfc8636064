import "server-only";
import { tags } from "@/lib/cache/tags";
import { cache } from "react";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { db } from "@/lib/db";
import type { Edition } from "@/lib/i18n/editions";
import type { NewsletterCardDto } from "./dto";

/** Active newsletters of every edition, in their staff-chosen order. */
const listActiveNewsletters = cache((): Promise<NewsletterCardDto[]> =>
  cached("newsletters:active", 10 * MINUTE, async () => ({
    value: await db.newsletter.findMany({
      // Members' newsletters are subscribed to from the account page (lib/membership/perks.ts).
      where: { active: true, membersOnly: false },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true, description: true, cadence: true, edition: true },
    }),
    tags: [tags.newsletters],
  })),
);

/** The newsletters an edition's sign-up forms offer, as every form shows them. */
export async function listSignUpNewsletters(edition: Edition = "en"): Promise<NewsletterCardDto[]> {
  return (await listActiveNewsletters()).filter((newsletter) => newsletter.edition === edition);
}

export async function getSignUpNewsletter(slug: string): Promise<NewsletterCardDto | null> {
  return (await listActiveNewsletters()).find((newsletter) => newsletter.slug === slug) ?? null;
}
