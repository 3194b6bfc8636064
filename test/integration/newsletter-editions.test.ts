import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import EnglishConfirmPage from "@/app/(public)/newsletters/confirm/page";
import UkrainianConfirmPage from "@/app/(uk)/uk/newsletters/confirm/page";
import UkrainianManagePage from "@/app/(uk)/uk/newsletters/manage/page";
import UkrainianSignUpPage from "@/app/(uk)/uk/newsletters/sign-up/page";
import UkrainianUnsubscribePage from "@/app/(uk)/uk/newsletters/unsubscribe/page";
import { deliverDueEmails } from "@/lib/mail/delivery";
import {
  handleConfirm,
  handleManageLink,
  handleSubscribe,
  handleUnsubscribeGet,
  handleUnsubscribePost,
} from "@/lib/newsletters/endpoints";
import { oneClickUnsubscribeUrl } from "@/lib/newsletters/personal-links";
import { listSignUpNewsletters } from "@/lib/newsletters/queries";
import { smtpSinkForTests } from "../mail/smtp-sink-for-tests";
import { truncateAll } from "./database";
import {
  createNewsletter,
  linkIn,
  pathOf,
  post,
  resetRateLimits,
  subscriptionOf,
  tokenOf,
} from "./newsletter-signup-support";

const sink = smtpSinkForTests();

beforeEach(async () => {
  await truncateAll();
  resetRateLimits();
});

const UnsubscribePage = async (query: Record<string, string>) =>
  UkrainianUnsubscribePage({ searchParams: Promise.resolve(query) });

async function nextEmail() {
  const before = sink.messages.length;
  expect((await deliverDueEmails(new Date(), { smtpUrl: sink.url })).sent).toBe(1);
  return (await sink.waitForMessages(before + 1))[before]!;
}

describe("a newsletter of the Ukrainian edition", () => {
  it("is offered on that edition's pages only", async () => {
    const english = await createNewsletter({ name: "Morning Briefing" });
    const ukrainian = await createNewsletter({ name: "Ранок", edition: "uk" });
    expect((await listSignUpNewsletters("en")).map((n) => n.id)).toEqual([english.id]);
    expect((await listSignUpNewsletters("uk")).map((n) => n.id)).toEqual([ukrainian.id]);
  });

  it("answers, writes and confirms in Ukrainian, on /uk pages", async () => {
    const ranok = await createNewsletter({ name: "Ранок", edition: "uk" });
    await createNewsletter({ name: "Morning Briefing" });
    const email = "oksana@example.org";

    // The enhanced form on a Ukrainian page: the answer is in Ukrainian.
    const answer = await handleSubscribe(
      post(
        "/api/newsletters/subscribe",
        { email, newsletter: ranok.slug, source: "article", edition: "uk", homepage: "" },
        { json: true },
      ),
    );
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { message: string }).message).toBe(
      "Дякуємо за підписку на Ранок! Ми надіслали вам лист із підтвердженням. Перейдіть за посиланням у ньому, щоб підтвердити підписку.",
    );

    // The confirmation email: Ukrainian words, lang="uk", a link to /uk/newsletters/confirm.
    const mail = await nextEmail();
    expect(mail.subject).toBe("Підтвердьте підписку на Ранок");
    const html = String(mail.html);
    expect(html).toContain('<html lang="uk">');
    expect(html).toContain("Підтвердити підписку");
    expect(html).not.toContain("Confirm subscription");
    const text = mail.text ?? "";
    expect(text).toContain("Посилання діє 48 годин.");
    expect(text).toContain("Відписатися від Ранок");
    const confirmUrl = linkIn(text, "/uk/newsletters/confirm");
    expect(pathOf(confirmUrl)).toMatch(/^\/uk\/newsletters\/confirm\?token=/);

    // The page the link opens is Ukrainian; opening it changes nothing.
    const token = tokenOf(confirmUrl);
    const page = renderToStaticMarkup(
      await UkrainianConfirmPage({ searchParams: Promise.resolve({ token }) }),
    );
    expect(page).toContain("Підтвердьте підписку");
    expect(page).toContain("<strong>Ранок</strong>");
    expect(page).toContain('name="edition" value="uk"');
    expect((await subscriptionOf(email, ranok.id))?.status).toBe("PENDING");

    // A spent link sends the reader back to the Ukrainian page, which says it no longer works.
    const confirmed = await handleConfirm(
      post("/api/newsletters/confirm", { token, edition: "uk" }),
    );
    expect(confirmed.status).toBe(303);
    expect((await subscriptionOf(email, ranok.id))?.status).toBe("CONFIRMED");
    // The reader lands on their preferences, in Ukrainian.
    const preferencesPath = confirmed.headers.get("location")!;
    expect(preferencesPath).toMatch(/^\/uk\/newsletters\/manage\?token=.+&confirmed=/);
    const preferences = renderToStaticMarkup(
      await UkrainianManagePage({
        searchParams: Promise.resolve(
          Object.fromEntries(new URL(preferencesPath, "http://x").searchParams),
        ),
      }),
    );
    expect(preferences).toContain("Дякуємо! Ви підписалися на Ранок.");
    expect(preferences).toContain("Ви підписані");
    // The English newsletter on the Ukrainian page says which language it is in.
    expect(preferences).toMatch(/<label for="pref-[^"]+" lang="en">Morning Briefing<\/label>/);
    expect(preferences).not.toMatch(/lang="en">Ранок/);
    expect(preferences).toContain('name="edition" value="uk"');
    const again = await handleConfirm(post("/api/newsletters/confirm", { token, edition: "uk" }));
    expect(again.headers.get("location")).toMatch(/^\/uk\/newsletters\/confirm\?token=/);
    const spent = renderToStaticMarkup(
      await UkrainianConfirmPage({ searchParams: Promise.resolve({ token }) }),
    );
    expect(spent).toContain("Це посилання для підтвердження більше не діє");
    // The email's unsubscribe link opens the Ukrainian page, and so does its button's answer.
    const unsubscribeUrl = linkIn(text, "/api/newsletters/unsubscribe");
    const opened = await handleUnsubscribeGet(new Request(unsubscribeUrl));
    const pagePath = opened.headers.get("location")!;
    expect(pagePath).toMatch(/^\/uk\/newsletters\/unsubscribe\?token=/);
    const unsubscribeQuery = Object.fromEntries(new URL(pagePath, "http://x").searchParams);
    const ask = renderToStaticMarkup(await UnsubscribePage(unsubscribeQuery));
    expect(ask).toContain("Відписатися від Ранок?");
    const left = await handleUnsubscribePost(
      post(pathOf(unsubscribeUrl), {}, { fetchSite: "same-origin" }),
    );
    expect(left.headers.get("location")).toBe(pagePath);
    expect((await subscriptionOf(email, ranok.id))?.status).toBe("UNSUBSCRIBED");
    expect(renderToStaticMarkup(await UnsubscribePage(unsubscribeQuery))).toContain(
      "Ви відписалися",
    );

    // The English page says the same in English.
    const english = renderToStaticMarkup(
      await EnglishConfirmPage({ searchParams: Promise.resolve({ token }) }),
    );
    expect(english).toContain("This confirmation link no longer works");
  });

  it("sends a browser opening an unsubscribe link it cannot use to a page that says so", async () => {
    const ranok = await createNewsletter({ name: "Ранок", edition: "uk" });
    const opened = async (url: string) =>
      (await handleUnsubscribeGet(new Request(url))).headers.get("location")!;
    // Not signed by us, or for a newsletter that is gone: the English page.
    const forged = oneClickUnsubscribeUrl("someone", ranok.id).replace("someone", "somebody");
    expect(await opened(forged)).toMatch(/^\/newsletters\/unsubscribe\?token=/);
    const gone = oneClickUnsubscribeUrl("someone", "no-such-newsletter");
    expect(await opened(gone)).toMatch(/^\/newsletters\/unsubscribe\?token=/);
    // Signed, for a Ukrainian newsletter, but its address is forgotten: the
    // newsletter's page, which says in Ukrainian that the link is not valid.
    const forgotten = await opened(oneClickUnsubscribeUrl("someone", ranok.id));
    expect(forgotten).toMatch(/^\/uk\/newsletters\/unsubscribe\?token=/);
    const page = renderToStaticMarkup(
      await UnsubscribePage(Object.fromEntries(new URL(forgotten, "http://x").searchParams)),
    );
    expect(page).toContain("Це посилання для відписки недійсне");
  });

  it("sends a plain post's answer to the Ukrainian sign-up page, which says it in Ukrainian", async () => {
    const ranok = await createNewsletter({ name: "Ранок", edition: "uk" });
    const posted = await handleSubscribe(
      post("/api/newsletters/subscribe", {
        email: "not an address",
        newsletter: ranok.slug,
        source: "footer",
        edition: "uk",
        homepage: "",
      }),
    );
    expect(posted.status).toBe(303);
    const location = posted.headers.get("location")!;
    expect(location).toBe(`/uk/newsletters/sign-up?newsletter=${ranok.slug}&result=invalid-email`);
    const query = Object.fromEntries(new URL(location, "http://x").searchParams);
    const page = renderToStaticMarkup(
      await UkrainianSignUpPage({ searchParams: Promise.resolve(query) }),
    );
    expect(page).toContain("Введіть, будь ласка, правильну адресу електронної пошти.");
    expect(page).toContain("Електронна пошта");
    expect(page).toContain('name="edition" value="uk"');
    expect(page).not.toContain("Email address");
  });

  it("sends a new preferences link in Ukrainian when asked from a Ukrainian page", async () => {
    const ranok = await createNewsletter({ name: "Ранок", edition: "uk" });
    const email = "petro@example.org";
    await handleSubscribe(
      post("/api/newsletters/subscribe", {
        email,
        newsletter: ranok.slug,
        source: "newsletters-page",
        edition: "uk",
        homepage: "",
      }),
    );
    await nextEmail();
    const asked = await handleManageLink(
      post("/api/newsletters/manage-link", { email, edition: "uk", homepage: "" }),
    );
    expect(asked.headers.get("location")).toBe("/uk/newsletters/manage?requested=sent");
    const mail = await nextEmail();
    expect(mail.subject).toBe("Ваше посилання для керування розсилками Newsroom");
    expect(linkIn(mail.text ?? "", "/uk/newsletters/manage")).toMatch(/\?token=/);
  });
});
