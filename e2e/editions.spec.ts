import { expect, test } from "@playwright/test";
import { seedFixtures } from "./fixtures";
import { linkFromMail } from "./mailbox";

const fixtures = seedFixtures();
const { translation, original, section } = fixtures.uk;

test.describe("the Ukrainian edition", () => {
  test("lives under /uk in Ukrainian, with its own sections and News Feed", async ({ page }) => {
    await page.goto("/uk");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    const nav = page.getByRole("navigation", { name: "Розділи" });
    await nav.getByRole("link", { name: section.name, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/uk/${section.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(section.name);
    await page.goto("/uk/news-feed");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Стрічка новин");
    // The English edition is where it always was, in English.
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Українська" })).toHaveAttribute("href", "/uk");
  });

  test("links a translation and its original both ways, with hreflang pairs", async ({ page }) => {
    await page.goto(`/uk/${translation.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(translation.title);
    const alternates = async () =>
      page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map(
            (l) => `${l.getAttribute("hreflang")} ${new URL(l.getAttribute("href")!).pathname}`,
          ),
        );
    const pair = [`en /${original.slug}`, `uk /uk/${translation.slug}`];
    expect((await alternates()).sort()).toEqual(pair);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`/uk/${translation.slug}$`),
    );

    // Membership is run in English: its ask stays off Ukrainian stories.
    const supportBox = page.getByRole("complementary", {
      name: "Our reporting is paid for by readers",
    });
    await expect(supportBox).toHaveCount(0);

    await page.getByRole("link", { name: "Читати англійською" }).click();
    await expect(page).toHaveURL(new RegExp(`/${original.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(original.title);
    await expect(supportBox).toBeVisible();
    expect((await alternates()).sort()).toEqual(pair);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`^(https?://[^/]+)?/${original.slug}$`),
    );
    await expect(page.getByRole("link", { name: "Read in Ukrainian" })).toHaveAttribute(
      "href",
      `/uk/${translation.slug}`,
    );
  });

  test("sends a slug asked for in the wrong edition to its own address", async ({ request }) => {
    const wrong = await request.get(`/${translation.slug}`, { maxRedirects: 0 });
    expect(wrong.status()).toBe(301);
    expect(wrong.headers().location).toMatch(new RegExp(`/uk/${translation.slug}$`));
    const back = await request.get(`/uk/${original.slug}`, { maxRedirects: 0 });
    expect(back.status()).toBe(301);
    expect(back.headers().location).toMatch(new RegExp(`^(https?://[^/]+)?/${original.slug}$`));
    expect((await request.get("/uk/no-such-story-here")).status()).toBe(404);
    // The site's own pages that only the English edition runs.
    for (const page of ["membership", "corrections"]) {
      expect((await request.get(`/uk/${page}`)).status()).toBe(404);
    }
    // Each edition has its own newsletters.
    expect((await request.get("/uk/newsletters")).status()).toBe(200);
  });

  test("finds stories by any form of a place name", async ({ page }) => {
    for (const q of ["Київ", "Києві", "Києва"]) {
      await page.goto(`/uk/search?q=${encodeURIComponent(q)}`);
      await expect(page.getByRole("status")).toContainText(/результат/);
      await expect(
        page.getByRole("heading", { name: "У Києві відновили рух метро після нічної тривоги" }),
      ).toBeVisible();
      await expect(page.getByRole("heading", { name: /Київ готує шкільні укриття/ })).toBeVisible();
    }
  });

  test("searches in Ukrainian with the English search's help, filters and order", async ({
    page,
  }) => {
    await page.goto("/uk/search");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Пошук");
    await expect(page.getByText("Фразу беріть у лапки:")).toBeVisible();
    const form = page.getByRole("search");
    await form.getByRole("searchbox", { name: "Що шукати" }).fill("Київ");
    await form.getByRole("button", { name: "Шукати" }).click();
    await expect(page).toHaveURL(/\/uk\/search\?q=[^&]+$/);
    await expect(page.getByRole("status")).toContainText(/результат/);

    // Narrowed to the section of one of the stories found, and kept in the
    // form. A story that is not news shows its type as the kicker, and one
    // type shares its name with a section, so types are left out.
    const types = ["Аналітика", "Думка", "Редакційна колонка", "Репортаж", "Онлайн-трансляція"];
    const sectionBox = form.getByRole("combobox", { name: "Розділ" });
    const sections = (await sectionBox.locator("option").allTextContents()).filter(
      (option) => !types.includes(option),
    );
    const kickers = await page.locator(".search-results .kicker").allTextContents();
    const name = kickers.find((kicker) => sections.includes(kicker));
    expect(name, `a section among ${kickers.join(", ")}`).toBeTruthy();
    await sectionBox.selectOption({ label: name! });
    await form.getByRole("combobox", { name: "Порядок" }).selectOption("date");
    await form.getByRole("button", { name: "Шукати" }).click();
    await expect(page).toHaveURL(/\/uk\/search\?q=[^&]+&section=[\w-]+&sort=date$/);
    await expect(sectionBox).toHaveValue(new URL(page.url()).searchParams.get("section")!);
    const narrowed = await page.locator(".search-results .kicker").allTextContents();
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.filter((kicker) => sections.includes(kicker))).toEqual(
      narrowed.filter((kicker) => kicker === name),
    );
  });

  test("has its own feed and news sitemap in Ukrainian", async ({ request }) => {
    const feed = await (await request.get("/uk/feed")).text();
    expect(feed).toContain("<language>uk-UA</language>");
    expect(feed).toContain(`/uk/${translation.slug}</link>`);
    const news = await (await request.get("/sitemaps/news-uk.xml")).text();
    expect(news).toContain("<news:language>uk</news:language>");
    expect(news).not.toContain("<news:language>en</news:language>");
    const index = await (await request.get("/sitemap.xml")).text();
    expect(index).toContain("/sitemaps/news-uk.xml");
  });

  test("signs a reader up for a Ukrainian newsletter, in Ukrainian, mail included", async ({
    page,
  }) => {
    const address = `uk-newsletter-${Date.now()}@example.org`;
    await page.goto(`/uk/${translation.slug}`);
    const region = page.getByRole("complementary", { name: "Отримуйте наші розсилки" });
    await region.getByLabel(/Електронна пошта/).fill(address);
    await region.getByRole("button", { name: "Підписатися" }).click();
    await expect(region.getByRole("status")).toContainText("Дякуємо за підписку на Ранок!");

    const link = await linkFromMail(address, "/uk/newsletters/confirm?token=");
    await page.goto(link);
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Підтвердьте підписку");
    await expect(page.getByText(address)).toBeVisible();
    await page.getByRole("button", { name: "Підтвердити підписку" }).click();
    await expect(page).toHaveURL(/\/uk\/newsletters\/manage\?token=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ваші розсилки");
    await expect(page.getByRole("status")).toContainText("Ви підписалися на Ранок");
  });

  test("lets a reader sign in and comment under a Ukrainian story, in Ukrainian", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const address = `uk-comment-${Date.now()}@example.org`;
    const page = await (await browser.newContext()).newPage();
    await page.goto(`/uk/${translation.slug}`);
    const comments = page.getByRole("region", { name: "Коментарі" });
    await comments.getByRole("link", { name: "Увійти, щоб коментувати" }).click();
    await expect(page).toHaveURL(/\/uk\/comments\/sign-in\?/);
    await page.getByLabel("Ваша електронна пошта").fill(address);
    await page.getByRole("button", { name: "Надіслати посилання для входу" }).click();
    await expect(page.getByText("Перевірте пошту")).toBeVisible();

    const link = await linkFromMail(address, "/uk/comments/sign-in/confirm?token=");
    await page.goto(link);
    await page.getByRole("button", { name: "Увійти" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ви увійшли");
    await page.getByLabel("Ім'я для показу").fill("Оксана з Полтави");
    await page.getByRole("button", { name: "Зберегти й продовжити" }).click();
    await expect(page).toHaveURL(new RegExp(`/uk/${translation.slug}#comments$`));
    await expect(comments).toContainText("Ви увійшли як Оксана з Полтави");

    await comments.getByLabel("Ваш коментар").fill("Дякую за докладний репортаж.");
    await comments.getByRole("button", { name: "Опублікувати", exact: true }).click();
    await expect(comments.getByRole("status")).toContainText("схвалить модератор");
    const held = comments.getByRole("region", { name: "Чекають на модерацію" });
    await expect(held).toContainText("Дякую за докладний репортаж.");

    // The reader takes it back (which also leaves the moderators' queue as it was).
    await held.getByRole("button", { name: "Видалити" }).click();
    await held
      .getByRole("group", { name: "Видалити цей коментар?" })
      .getByRole("button", { name: "Видалити" })
      .click();
    await expect(comments.getByRole("status")).toContainText("Ваш коментар видалено.");
    await expect(held).toBeHidden();
  });
});
