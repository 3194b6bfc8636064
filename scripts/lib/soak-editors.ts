import type pg from "pg";
import { encodeActionArgs, parseActionReply } from "./server-action";
import type { SoakFixtures } from "./soak-fixtures";
import { CookieJar, expectStatus, randomClientAddress, send, SoakFailure } from "./soak-http";
import type { Ledger } from "./soak-ledger";

/**
 * Staff saving articles through the editor's own server action, signed in
 * through next-auth's credentials endpoint as the login form does. Each
 * writer saves one article, one save at a time as the editor does (the next
 * waits for the last, and its latency counts the wait), from the version
 * the last answer gave.
 */
export async function signInStaff(
  origin: string,
  email: string,
  password: string,
): Promise<CookieJar> {
  const jar = new CookieJar();
  const address = randomClientAddress();
  const csrf = await send(origin, "/api/auth/csrf", { jar, address });
  expectStatus(csrf, 200);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const answer = await send(origin, "/api/auth/callback/credentials", {
    method: "POST",
    jar,
    address,
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      csrfToken,
      email,
      password,
      callbackUrl: `${origin}/editor`,
      json: "true",
    }).toString(),
  });
  const signedIn = [...jar.header().matchAll(/([\w.-]*session-token)=/g)].length > 0;
  if (!signedIn) {
    throw new Error(`${email} could not sign in (${answer.status} ${answer.text.slice(0, 200)}).`);
  }
  return jar;
}

type Fields = Record<string, unknown> & { body: { type: "doc"; content: unknown[] } };

/** The article's editable fields as the editor sends them (lib/articles/editing/schemas.ts). */
export async function readArticleFields(
  client: pg.Client,
  id: string,
): Promise<{ fields: Fields; version: number }> {
  const { rows } = await client.query(
    `SELECT title, slug, standfirst, type, "sectionId", "heroImageId", "heroAlt", "heroCaption",
            "heroCredit", "seoTitle", "seoDescription", "seoImageId", featured, "editorsPick", body, version,
            ARRAY(SELECT "tagId" FROM "ArticleTag" WHERE "articleId" = a.id ORDER BY position) AS "tagIds",
            ARRAY(SELECT "authorId" FROM "ArticleAuthor" WHERE "articleId" = a.id ORDER BY position) AS "authorIds"
       FROM "Article" a WHERE id = $1`,
    [id],
  );
  const row = rows[0] as Record<string, unknown> | undefined;
  if (!row) throw new Error(`No article ${id}.`);
  const { version, ...fields } = row;
  return { fields: fields as Fields, version: version as number };
}

type SaveAnswer =
  | { ok: true; data: { version: number } }
  | { ok: false; code: string; error: string; conflict?: { version: number } };

export class Writer {
  private queue: Promise<void> = Promise.resolve();
  private saves = 0;
  /** A save went unanswered: the server may or may not be a version ahead. */
  private uncertain = false;
  /** Conflicts that followed an unanswered save: expected, and resolved by taking the server's version. */
  resolvedConflicts = 0;

  constructor(
    readonly name: string,
    private readonly origin: string,
    private readonly jar: CookieJar,
    private readonly actionId: string,
    readonly articleId: string,
    private readonly fields: Fields,
    private version: number,
    private readonly ledger: Ledger,
    private readonly runId: string,
  ) {}

  /** The next save, after the ones before it. */
  save(): Promise<void> {
    const turn = this.queue.then(() => this.saveOnce());
    this.queue = turn.catch(() => {});
    return turn;
  }

  private async saveOnce(): Promise<void> {
    const n = ++this.saves;
    const marker = `Soak ${this.runId} ${this.name} save ${n}.`;
    // Two autosaves for each deliberate save, as a writer's session goes.
    const mode = n % 3 === 0 ? "save" : "autosave";
    const fields = {
      ...this.fields,
      body: {
        ...this.fields.body,
        content: [
          { type: "paragraph", content: [{ type: "text", text: marker }] },
          ...this.fields.body.content,
        ],
      },
    };
    let reply: SaveAnswer;
    try {
      const answer = await send(this.origin, `/editor/articles/${this.articleId}`, {
        method: "POST",
        jar: this.jar,
        headers: {
          "Next-Action": this.actionId,
          Accept: "text/x-component",
          "Content-Type": "text/plain;charset=UTF-8",
        },
        body: encodeActionArgs([{ id: this.articleId, version: this.version, mode, fields }]),
      });
      expectStatus(answer, 200);
      reply = parseActionReply(answer.text) as SaveAnswer;
    } catch (error) {
      this.uncertain = true;
      this.ledger.unanswered(this.articleId);
      throw error;
    }
    if (reply.ok) {
      this.version = reply.data.version;
      this.uncertain = false;
      this.ledger.save({ articleId: this.articleId, version: reply.data.version, mode, marker });
      return;
    }
    if (reply.code === "conflict" && reply.conflict) {
      const server = reply.conflict.version;
      if (this.uncertain && server === this.version + 1) {
        // The unanswered save was written after all; carry on from it.
        this.resolvedConflicts++;
        this.version = server;
        this.uncertain = false;
        return;
      }
      this.ledger.anomalies.push(
        `${this.name}: conflict on ${this.articleId}, the server holds v${server} but the last save acknowledged v${this.version}`,
      );
      this.version = server;
      throw new SoakFailure("unexpected conflict");
    }
    throw new SoakFailure(`refused: ${reply.code}`, reply.error);
  }
}

/**
 * Three writers: the contributor on their own draft, the admin on another
 * draft, and an editor correcting a live story, whose every save refreshes
 * each page that shows it.
 */
export async function makeWriters(
  client: pg.Client,
  origin: string,
  fixtures: SoakFixtures,
  actionId: string,
  ledger: Ledger,
  runId: string,
): Promise<Writer[]> {
  const drafts = await client.query<{ id: string; email: string }>(
    `SELECT a.id, s.email FROM "Article" a JOIN "StaffUser" s ON s.id = a."createdById"
      WHERE a.status = 'DRAFT' ORDER BY a."createdAt"`,
  );
  const contributorDraft = drafts.rows.find((row) => row.email === "contributor@example.com");
  const otherDraft = drafts.rows.find((row) => row.id !== contributorDraft?.id);
  const plan = [
    ["contributor", contributorDraft?.id],
    ["admin", otherDraft?.id],
    ["editor", fixtures.articles[2]?.id],
  ] as const;
  const made: Writer[] = [];
  for (const [role, articleId] of plan) {
    if (!articleId) throw new Error(`The seeded newsroom has no article for the ${role} to save.`);
    const jar = await signInStaff(origin, `${role}@example.com`, `newsroom-${role}`);
    const { fields, version } = await readArticleFields(client, articleId);
    made.push(new Writer(role, origin, jar, actionId, articleId, fields, version, ledger, runId));
  }
  return made;
}
