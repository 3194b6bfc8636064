import { Prisma } from "@/generated/prisma/client";
import type { Edition } from "@/lib/i18n/editions";

/**
 * The text-search query for an edition's stories, in web-search syntax
 * (words, "phrases", OR, -excluded). English uses PostgreSQL's `english`
 * configuration. Ukrainian has no dictionary in PostgreSQL or PGlite: its
 * stories are indexed with `simple` over words reduced by the migration's
 * "uk_search_text" (case, ї/є/ґ, a case ending, the alternating vowel), and
 * the query goes through the same function, then matches by prefix (stems
 * of three letters or more), so "Київ", "Києва" and "Києві" find the same
 * stories, and so do "Львів" and "Львова".
 */
export function searchQuerySql(edition: Edition, q: string): Prisma.Sql {
  if (edition === "en") return Prisma.sql`websearch_to_tsquery('english'::regconfig, ${q})`;
  return Prisma.sql`regexp_replace(
    websearch_to_tsquery('simple'::regconfig, "uk_search_text"(${q}, false))::text,
    ${"'([^']{3,})'"}, ${"'\\1':*"}, 'g')::tsquery`;
}

/** The text-search configuration snippets of an edition's stories are cut with. */
export function headlineConfigSql(edition: Edition): Prisma.Sql {
  return edition === "en" ? Prisma.sql`'english'::regconfig` : Prisma.sql`'simple'::regconfig`;
}
