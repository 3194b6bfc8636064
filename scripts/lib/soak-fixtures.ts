import pg from "pg";

/**
 * What the soak's readers can ask for, read once from the seeded database:
 * the addresses of real pages (in both editions: `/uk/…` for Ukrainian
 * stories and sections), words that occur in headlines, the newsletters. Read with plain SQL: the soak is a client of the site and
 * only looks into the database to set up and, at the end, to check.
 */
export interface SoakFixtures {
  /** Comments are open on English stories only (the edition that runs them). */
  articles: { id: string; path: string; commentsOpen: boolean }[];
  /** Section pages' addresses. */
  sections: string[];
  tags: string[];
  authors: string[];
  newsletters: string[];
  searchTerms: string[];
}

/** A story's or section's address: English at the root, other editions under their prefix. */
const PATH_SQL = `CASE WHEN edition = 'en' THEN '/' || slug ELSE '/' || edition::text || '/' || slug END`;

export async function withDatabase<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const STOP_WORDS = new Set([
  "with",
  "from",
  "that",
  "this",
  "after",
  "over",
  "into",
  "what",
  "their",
]);

/** Whole words of four or more letters from headlines, the commonest first. */
export function headlineWords(titles: string[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const title of titles) {
    for (const word of title.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
      if (!STOP_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([word]) => word);
}

export async function readFixtures(url: string): Promise<SoakFixtures> {
  return withDatabase(url, async (client) => {
    const site = await client.query<{ commentsDefault: string }>(
      `SELECT "commentsDefault" FROM "SiteSettings" WHERE id = 1`,
    );
    const siteDefault = site.rows[0]?.commentsDefault ?? "OPEN";
    const articles = await client.query<{
      id: string;
      path: string;
      edition: string;
      title: string;
      commentsMode: string;
    }>(
      `SELECT id, ${PATH_SQL} AS path, edition::text AS edition, title, "commentsMode"
         FROM "Article"
        WHERE status = 'PUBLISHED' AND type <> 'PAGE' ORDER BY "publishedAt" DESC`,
    );
    const slugs = async (sql: string) =>
      (await client.query<{ slug: string }>(sql)).rows.map((row) => row.slug);
    const sections = await slugs(`SELECT ${PATH_SQL} AS slug FROM "Section" ORDER BY position`);
    const tags = await slugs(
      `SELECT t.slug FROM "Tag" t WHERE EXISTS
         (SELECT 1 FROM "ArticleTag" x WHERE x."tagId" = t.id AND x."publishedAt" IS NOT NULL)`,
    );
    const authors = await slugs(
      `SELECT a.slug FROM "Author" a WHERE EXISTS
         (SELECT 1 FROM "ArticleAuthor" x WHERE x."authorId" = a.id AND x."publishedAt" IS NOT NULL)`,
    );
    const newsletters = await slugs(`SELECT slug FROM "Newsletter" WHERE active ORDER BY position`);
    const words = headlineWords(
      articles.rows.map((row) => row.title),
      40,
    );
    // Single common words, rarer ones, and two-word phrases, as readers type them.
    const searchTerms = [
      ...words,
      ...words.slice(0, 10).map((word, i) => `${word} ${words[i + 10] ?? ""}`.trim()),
    ];
    const fixtures: SoakFixtures = {
      articles: articles.rows.map((row) => {
        const mode = row.commentsMode === "SITE_DEFAULT" ? siteDefault : row.commentsMode;
        return {
          id: row.id,
          path: row.path,
          commentsOpen: mode === "OPEN" && row.edition === "en",
        };
      }),
      sections,
      tags,
      authors,
      newsletters,
      searchTerms,
    };
    for (const [name, list] of Object.entries(fixtures)) {
      if ((list as unknown[]).length === 0)
        throw new Error(`The seeded database has no ${name} for the soak.`);
    }
    if (!fixtures.articles.some((article) => article.commentsOpen)) {
      throw new Error("No published article takes comments; the soak needs one.");
    }
    return fixtures;
  });
}
