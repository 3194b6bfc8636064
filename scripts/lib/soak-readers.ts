import type { SmtpSink } from "../../test/mail/smtp-sink";
import {
  CookieJar,
  expectStatus,
  randomClientAddress,
  send,
  SoakFailure,
  type Recorder,
} from "./soak-http";
import type { Ledger } from "./soak-ledger";

/**
 * Readers who comment, each signed in the way a person is: asks for a link,
 * gets it by email (from the SMTP sink the app server delivers to), posts
 * it from the confirmation page, sets a display name. The pool keeps enough
 * of them signed in for the comment rate without passing the limit of
 * comments per reader (COMMENT_RATE_LIMITS: 5 per 10 minutes).
 */
const POSTS_PER_WINDOW = 4;
const WINDOW_MS = 10 * 60_000;
const MAIL_TIMEOUT_MS = 60_000;

/** Sign-in links in the sink's mail, by recipient, read as they arrive. */
export class MailWatcher {
  private seen = 0;
  private readonly links = new Map<string, string>();

  constructor(private readonly sink: SmtpSink) {}

  private scan(): void {
    for (; this.seen < this.sink.messages.length; this.seen++) {
      const text = this.sink.messages[this.seen]!.text ?? "";
      const link = /https?:\/\/\S*\/comments\/sign-in\/confirm\?token=[^\s<>"]+/.exec(text)?.[0];
      if (!link) continue;
      for (const to of this.sink.envelopes[this.seen]?.to ?? [])
        this.links.set(to.toLowerCase(), link);
    }
  }

  async waitForLink(email: string, timeoutMs = MAIL_TIMEOUT_MS): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      this.scan();
      const link = this.links.get(email);
      if (link) {
        this.links.delete(email);
        return link;
      }
      if (Date.now() > deadline) throw new SoakFailure("no mail", `No sign-in mail to ${email}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

interface Reader {
  email: string;
  jar: CookieJar;
  /** When each comment was sent, for the per-reader limit. */
  posts: number[];
}

export class ReaderPool {
  private readonly readers: Reader[] = [];
  private signingIn = 0;
  private made = 0;
  /** Comments not sent because no reader was signed in (a soak problem, not the site's). */
  starved = 0;

  constructor(
    private readonly origin: string,
    private readonly runId: string,
    private readonly recorder: Recorder,
    private readonly ledger: Ledger,
    private readonly mail: MailWatcher,
    private readonly articlePaths: string[],
    /** Comments a minute the mix asks for, to size the pool. */
    private readonly perMinute: number,
  ) {}

  private windowOf(time: number): number {
    return Math.floor(time / WINDOW_MS);
  }

  private postsLeft(reader: Reader, now: number): number {
    const window = this.windowOf(now);
    return POSTS_PER_WINDOW - reader.posts.filter((time) => this.windowOf(time) === window).length;
  }

  private capacity(now: number): number {
    return this.readers.reduce((sum, reader) => sum + Math.max(0, this.postsLeft(reader, now)), 0);
  }

  /** A reader who may still comment, or null (and more readers are being signed in). */
  take(now = Date.now()): Reader | null {
    this.topUp(now);
    const reader = this.readers
      .filter((candidate) => this.postsLeft(candidate, now) > 0)
      .sort((a, b) => a.posts.length - b.posts.length)[0];
    if (!reader) {
      this.starved++;
      return null;
    }
    reader.posts.push(now);
    return reader;
  }

  /** Keeps two minutes of comments in hand, signing in at most three readers at once. */
  topUp(now = Date.now()): void {
    const wanted = Math.ceil(this.perMinute * 2) + POSTS_PER_WINDOW;
    const inHand = this.capacity(now) + this.signingIn * POSTS_PER_WINDOW;
    for (let more = wanted - inHand; more > 0 && this.signingIn < 3; more -= POSTS_PER_WINDOW) {
      void this.signInOne();
    }
  }

  /** Signs in readers before the traffic starts. */
  async fill(): Promise<void> {
    this.topUp();
    const deadline = Date.now() + 3 * MAIL_TIMEOUT_MS;
    while (this.signingIn > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (this.readers.length === 0)
      throw new Error("No reader could sign in; see the sign-in errors.");
  }

  private async signInOne(): Promise<void> {
    this.signingIn++;
    const email = `soak-${this.runId}-reader-${++this.made}@example.com`;
    const jar = new CookieJar();
    const address = randomClientAddress();
    const returnTo = this.articlePaths[this.made % this.articlePaths.length];
    const json = { "Content-Type": "application/json", Accept: "application/json" };
    try {
      let link = "";
      const asked = await this.recorder.run("sign-in", Date.now(), async () => {
        const answer = await send(this.origin, "/api/reader-auth/request", {
          method: "POST",
          jar,
          address,
          headers: json,
          body: JSON.stringify({ email, returnTo }),
        });
        expectStatus(answer, 200);
      });
      if (!asked) return;
      const sent = Date.now();
      if (
        !(await this.recorder.run(
          "sign-in mail",
          sent,
          async () => void (link = await this.mail.waitForLink(email)),
        ))
      ) {
        return;
      }
      const token = new URL(link).searchParams.get("token") ?? "";
      const confirmed = await this.recorder.run("sign-in", Date.now(), async () => {
        const answer = await send(this.origin, "/api/reader-auth/confirm", {
          method: "POST",
          jar,
          address,
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ token }).toString(),
        });
        expectStatus(answer, 303);
        if (!/profile|#comments/.test(answer.headers.get("location") ?? "")) {
          throw new SoakFailure("refused link", answer.headers.get("location") ?? "");
        }
      });
      if (!confirmed) return;
      this.ledger.readers.push(email);
      const named = await this.recorder.run("sign-in", Date.now(), async () => {
        const answer = await send(this.origin, "/api/reader-auth/profile", {
          method: "POST",
          jar,
          address,
          headers: json,
          body: JSON.stringify({ displayName: `Soak reader ${this.made}` }),
        });
        expectStatus(answer, 200);
      });
      if (named) this.readers.push({ email, jar, posts: [] });
    } finally {
      this.signingIn--;
    }
  }
}

/** One comment by a signed-in reader, through the comments island's endpoint. */
export async function postComment(
  origin: string,
  reader: { jar: CookieJar },
  articleId: string,
  body: string,
  ledger: Ledger,
): Promise<void> {
  const answer = await send(origin, "/api/comments", {
    method: "POST",
    jar: reader.jar,
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ articleId, body, parentId: null }),
  });
  expectStatus(answer, 200);
  const result = JSON.parse(answer.text) as {
    ok: boolean;
    code?: string;
    data?: { comment: { id: string } | null };
  };
  if (!result.ok) throw new SoakFailure(`refused: ${result.code}`, answer.text.slice(0, 300));
  const id = result.data?.comment?.id;
  if (!id) throw new SoakFailure("no comment id", answer.text.slice(0, 300));
  ledger.comments.push({ id, body });
}
