import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as postCommentRoute } from "@/app/api/comments/route";
import { POST as confirmRoute } from "@/app/api/reader-auth/confirm/route";
import { POST as requestRoute } from "@/app/api/reader-auth/request/route";
import UkrainianConfirmPage from "@/app/(uk)/uk/comments/sign-in/confirm/page";
import UkrainianSignInPage from "@/app/(uk)/uk/comments/sign-in/page";
import { deliverDueEmails } from "@/lib/mail/delivery";
import { smtpSinkForTests } from "../mail/smtp-sink-for-tests";
import { commentSettings, createReader, resetRateLimits, siteRequest } from "./comments-support";
import { truncateAll } from "./database";
import { createArticle } from "./factories";

const sink = smtpSinkForTests();

beforeEach(async () => {
  await truncateAll();
  resetRateLimits();
  await commentSettings({ policy: "POST" });
});

const query = (location: string) => Object.fromEntries(new URL(location, "http://x").searchParams);

describe("comments and sign-in under a Ukrainian story", () => {
  it("sends the sign-in link in Ukrainian, to Ukrainian pages, and back to the story", async () => {
    const asked = await requestRoute(
      await siteRequest("/api/reader-auth/request", {
        form: { email: "taras@example.org", returnTo: "/uk/nichna-zmina" },
      }),
    );
    expect(asked.status).toBe(303);
    const sentTo = asked.headers.get("location")!;
    expect(sentTo).toBe("/uk/comments/sign-in?returnTo=%2Fuk%2Fnichna-zmina&sent=1");
    const sentPage = renderToStaticMarkup(
      await UkrainianSignInPage({ searchParams: Promise.resolve(query(sentTo)) }),
    );
    expect(sentPage).toContain("Перевірте пошту");
    expect(sentPage).toContain("Ваша електронна пошта");
    expect(sentPage).not.toContain("Your email address");

    expect((await deliverDueEmails(new Date(), { smtpUrl: sink.url })).sent).toBe(1);
    const [mail] = await sink.waitForMessages(1);
    expect(mail!.subject).toBe("Ваше посилання для входу на The Harbour Gazette");
    expect(String(mail!.html)).toContain('<html lang="uk">');
    const link = /http\S+\/uk\/comments\/sign-in\/confirm\?token=\S+/.exec(mail!.text ?? "")?.[0];
    expect(link).toBeTruthy();

    const token = new URL(link!).searchParams.get("token")!;
    const page = renderToStaticMarkup(
      await UkrainianConfirmPage({ searchParams: Promise.resolve({ token }) }),
    );
    expect(page).toContain("Завершіть вхід");
    expect(page).toContain("taras@example.org");
    expect(page).toContain('name="edition" value="uk"');

    // A new reader chooses a name next, on the Ukrainian page.
    const signedIn = await confirmRoute(
      await siteRequest("/api/reader-auth/confirm", { form: { token, edition: "uk" } }),
    );
    expect(signedIn.headers.get("location")).toBe(
      "/uk/comments/profile?returnTo=%2Fuk%2Fnichna-zmina&welcome=1",
    );
    // The spent link sends the reader to the Ukrainian sign-in page.
    const spent = await confirmRoute(
      await siteRequest("/api/reader-auth/confirm", { form: { token, edition: "uk" } }),
    );
    expect(spent.headers.get("location")).toBe("/uk/comments/sign-in?error=link");
  });

  it("answers the Ukrainian comments island in Ukrainian, and others in English", async () => {
    const reader = await createReader();
    const story = await createArticle({ title: "Нічна зміна", edition: "uk" });
    await commentSettings({ policy: "POST", commentsDefault: "CLOSED" });
    const post = async (language?: string) =>
      postCommentRoute(
        await siteRequest("/api/comments", {
          readerId: reader.id,
          language,
          json: { articleId: story.id, body: "Дякую за репортаж." },
        }),
      );
    const ukrainian = await post("uk");
    expect(ukrainian.status).toBe(409);
    expect(await ukrainian.json()).toMatchObject({
      ok: false,
      error: "Коментування цього матеріалу закрите.",
    });
    // A browser's own list of languages is not the island's choice.
    for (const language of [undefined, "en", "uk-UA,uk;q=0.9,en;q=0.8"]) {
      expect(await (await post(language)).json()).toMatchObject({
        error: "Comments on this article are closed.",
      });
    }
  });
});
