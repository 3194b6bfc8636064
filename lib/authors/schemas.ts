import { z } from "zod";
import { isSafeHref } from "@/lib/documents/links";
import { namedSchemas, optionalText, requiredText, slugInput } from "@/lib/manage/form-schemas";

export const AUTHOR_LINK_KINDS = [
  "website",
  "x",
  "bluesky",
  "mastodon",
  "threads",
  "instagram",
  "linkedin",
  "telegram",
  "email",
] as const;
export type AuthorLinkKind = (typeof AUTHOR_LINK_KINDS)[number];

export const AUTHOR_LIMITS = { name: 120, jobTitle: 120, bio: 2000, links: 10, url: 500 } as const;

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

/**
 * A link on the author box: web addresses must be complete (https://…), an
 * email link may be typed as a bare address and is stored as mailto:.
 */
const authorLinkSchema = z
  .object({
    kind: z.enum(AUTHOR_LINK_KINDS, "Choose what kind of link this is."),
    url: z
      .string()
      .trim()
      .min(1, "Enter the address.")
      .max(AUTHOR_LIMITS.url, "This address is too long."),
  })
  .transform((link, ctx) => {
    if (link.kind === "email") {
      const address = link.url.replace(/^mailto:/i, "");
      if (!EMAIL.test(address)) {
        ctx.addIssue({ code: "custom", path: ["url"], message: "Enter an email address." });
      }
      return { kind: link.kind, url: `mailto:${address}` };
    }
    if (!/^https?:\/\//i.test(link.url) || !isSafeHref(link.url)) {
      ctx.addIssue({
        code: "custom",
        path: ["url"],
        message: "Enter a full web address starting with https://.",
      });
    }
    return link;
  });

const authorFields = z.object({
  name: requiredText("a name", AUTHOR_LIMITS.name),
  slug: slugInput("prefixed"),
  jobTitle: optionalText(AUTHOR_LIMITS.jobTitle),
  bio: optionalText(AUTHOR_LIMITS.bio),
  links: z
    .array(authorLinkSchema)
    .max(AUTHOR_LIMITS.links, `Add at most ${AUTHOR_LIMITS.links} links.`),
  /** The staff account writing under this byline; empty for a guest author. */
  staffUserId: z
    .string()
    .trim()
    .max(64)
    .transform((value) => value || null),
});

export const {
  create: createAuthorSchema,
  update: updateAuthorSchema,
  remove: deleteAuthorSchema,
} = namedSchemas(authorFields, "prefixed");

export type CreateAuthorInput = z.output<typeof createAuthorSchema>;
export type UpdateAuthorInput = z.output<typeof updateAuthorSchema>;
