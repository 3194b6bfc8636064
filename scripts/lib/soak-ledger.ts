import type pg from "pg";

/**
 * Every write the site acknowledged during the soak, checked against the
 * database at the end. An acknowledgement is a promise: the sign-up, the
 * comment or the save must be there afterwards, whatever was restarted in
 * between. Writes that were never answered (a timeout, a refused
 * connection) promise nothing and are not checked.
 */
export interface AckedSave {
  articleId: string;
  version: number;
  mode: "save" | "autosave";
  /** Text only this save put in the body. */
  marker: string;
}

export interface Check {
  name: string;
  acknowledged: number;
  found: number;
  /** What is missing, a few examples. */
  missing: string[];
}

export class Ledger {
  readonly signUps: { email: string; newsletter: string }[] = [];
  readonly comments: { id: string; body: string }[] = [];
  readonly saves: AckedSave[] = [];
  readonly readers: string[] = [];
  /** The last acknowledged save of each article, when no unanswered save followed it. */
  readonly latest = new Map<string, AckedSave | null>();
  /** Things seen on the way that mean a write went missing (a conflict against our own version). */
  readonly anomalies: string[] = [];

  save(entry: AckedSave): void {
    this.saves.push(entry);
    this.latest.set(entry.articleId, entry);
  }

  /** A save went unanswered: whether it was written is unknown, so the last one is no longer known either. */
  unanswered(articleId: string): void {
    this.latest.set(articleId, null);
  }
}

const examples = (values: string[]) => values.slice(0, 5);

/** Sign-ups: the subscription is stored and its confirmation mail queued. */
export function judgeSignUps(
  signUps: Ledger["signUps"],
  rows: { email: string; newsletter: string; mail: boolean }[],
): Check {
  const stored = new Set(
    rows.filter((row) => row.mail).map((row) => `${row.email} ${row.newsletter}`),
  );
  const missing = signUps
    .map((entry) => `${entry.email} ${entry.newsletter}`)
    .filter((key) => !stored.has(key));
  return {
    name: "newsletter sign-ups (subscription + confirmation mail queued)",
    acknowledged: signUps.length,
    found: signUps.length - missing.length,
    missing: examples(missing),
  };
}

async function checkSignUps(client: pg.Client, ledger: Ledger): Promise<Check> {
  const { rows } = await client.query<{ email: string; newsletter: string; mail: boolean }>(
    `SELECT s.email, n.slug AS newsletter,
            EXISTS (SELECT 1 FROM "EmailOutbox" o WHERE o."toAddress" = s.email) AS mail
       FROM "Subscription" x
       JOIN "Subscriber" s ON s.id = x."subscriberId"
       JOIN "Newsletter" n ON n.id = x."newsletterId"
      WHERE s.email = ANY($1::text[])`,
    [ledger.signUps.map((entry) => entry.email)],
  );
  return judgeSignUps(ledger.signUps, rows);
}

/** Comments: each acknowledged id is stored, with the body that was sent. */
export function judgeComments(
  comments: Ledger["comments"],
  rows: { id: string; body: string }[],
): Check {
  const stored = new Map(rows.map((row) => [row.id, row.body]));
  const missing = comments
    .filter((entry) => stored.get(entry.id) !== entry.body)
    .map((entry) => (stored.has(entry.id) ? `${entry.id} (body differs)` : entry.id));
  return {
    name: "comments",
    acknowledged: comments.length,
    found: comments.length - missing.length,
    missing: examples(missing),
  };
}

async function checkComments(client: pg.Client, ledger: Ledger): Promise<Check> {
  const { rows } = await client.query<{ id: string; body: string }>(
    `SELECT id, body FROM "Comment" WHERE id = ANY($1::text[])`,
    [ledger.comments.map((entry) => entry.id)],
  );
  return judgeComments(ledger.comments, rows);
}

export interface ArticleRow {
  id: string;
  version: number;
  body: string;
}

export interface RevisionRow {
  articleId: string;
  version: number;
  snapshot: string;
}

/**
 * Saves: each deliberate save keeps its revision, which must hold the
 * save's text; autosaves are folded into one revision while a writer types
 * (lib/articles/editing/revisions.ts), so for them the article's version
 * must have reached theirs. And the article itself must hold the last
 * acknowledged save, unless an unanswered save came after it.
 */
export function judgeSaves(
  ledger: Pick<Ledger, "saves" | "latest">,
  articles: ArticleRow[],
  revisions: RevisionRow[],
): Check[] {
  const current = new Map(articles.map((row) => [row.id, row]));
  const snapshots = new Map(
    revisions.map((row) => [`${row.articleId} ${row.version}`, row.snapshot]),
  );
  const missing: string[] = [];
  for (const save of ledger.saves) {
    const article = current.get(save.articleId);
    const label = `${save.articleId} v${save.version} (${save.mode})`;
    if (!article || article.version < save.version) {
      missing.push(`${label}: article at v${article?.version ?? "none"}`);
    } else if (
      save.mode === "save" &&
      !snapshots.get(`${save.articleId} ${save.version}`)?.includes(save.marker)
    ) {
      missing.push(`${label}: no revision with its text`);
    }
  }
  const known = [...ledger.latest].filter(
    (entry): entry is [string, AckedSave] => entry[1] !== null,
  );
  const stale: string[] = [];
  for (const [articleId, last] of known) {
    const article = current.get(articleId);
    if (!article || article.version !== last.version || !article.body.includes(last.marker)) {
      stale.push(
        `${articleId}: holds v${article?.version ?? "none"}, last acknowledged v${last.version}`,
      );
    }
  }
  return [
    {
      name: "editor saves (version reached; a save's revision holds its text)",
      acknowledged: ledger.saves.length,
      found: ledger.saves.length - missing.length,
      missing: examples(missing),
    },
    {
      name: "articles hold their last acknowledged save",
      acknowledged: known.length,
      found: known.length - stale.length,
      missing: examples(stale),
    },
  ];
}

async function checkSaves(client: pg.Client, ledger: Ledger): Promise<Check[]> {
  const ids = [...new Set(ledger.saves.map((save) => save.articleId))];
  const articles = await client.query<ArticleRow>(
    `SELECT id, version, body::text AS body FROM "Article" WHERE id = ANY($1::text[])`,
    [ids],
  );
  const revisions = await client.query<RevisionRow>(
    `SELECT "articleId", version, snapshot::text AS snapshot
       FROM "Revision" WHERE "articleId" = ANY($1::text[])`,
    [ids],
  );
  return judgeSaves(ledger, articles.rows, revisions.rows);
}

async function checkReaders(client: pg.Client, ledger: Ledger): Promise<Check> {
  const { rows } = await client.query<{ email: string }>(
    `SELECT email FROM "Reader" WHERE email = ANY($1::text[])`,
    [ledger.readers],
  );
  const stored = new Set(rows.map((row) => row.email));
  const missing = ledger.readers.filter((email) => !stored.has(email));
  return {
    name: "reader accounts (signed in by link)",
    acknowledged: ledger.readers.length,
    found: ledger.readers.length - missing.length,
    missing: examples(missing),
  };
}

export async function verifyLedger(client: pg.Client, ledger: Ledger): Promise<Check[]> {
  return [
    await checkSignUps(client, ledger),
    await checkComments(client, ledger),
    ...(await checkSaves(client, ledger)),
    await checkReaders(client, ledger),
  ];
}

export function lostWrites(checks: Check[], ledger: Ledger): number {
  return (
    checks.reduce((sum, check) => sum + check.acknowledged - check.found, 0) +
    ledger.anomalies.length
  );
}
