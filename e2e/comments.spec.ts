import { expect, test } from "@playwright/test";
import { seedFixtures } from "./fixtures";
import { linkFromMail } from "./mailbox";
import { staffPage } from "./staff";

const fixtures = seedFixtures();

test.describe("reader comments", () => {
  test("a reader signs in by email link, comments, waits for an editor, and everyone sees it", async ({
    browser,
  }) => {
    // One long journey across four browsers (reader, editor, visitor, no script).
    test.setTimeout(180_000);
    const article = fixtures.published;
    const address = `comment-reader-${Date.now()}@example.org`;
    const text = `The night crews at the port deserve this coverage (${Date.now()}).`;

    // A reader asks for a sign-in link from the article.
    const readerContext = await browser.newContext();
    const reader = await readerContext.newPage();
    await reader.goto(`/${article.slug}`);
    const comments = reader.getByRole("region", { name: "Comments" });
    await comments.getByRole("link", { name: "Sign in to comment" }).click();
    await reader.getByLabel("Your email address").fill(address);
    await reader.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(reader.getByText("Check your inbox")).toBeVisible();

    // The link, from the mail as delivered; opening it uses nothing.
    const link = await linkFromMail(address, "/comments/sign-in/confirm?token=");
    const editor = await staffPage(browser, "editor", "/editor");
    await reader.goto(link);
    await expect(reader.getByText(address)).toBeVisible();
    await reader.getByRole("button", { name: "Sign in" }).click();

    // A new reader picks the name shown with their comments.
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("You are signed in");
    await reader.getByLabel("Display name").fill("Nadiia Kovalenko");
    await reader.getByRole("button", { name: "Save and continue" }).click();
    await expect(reader).toHaveURL(new RegExp(`/${article.slug}#comments$`));
    await expect(comments).toContainText("Signed in as Nadiia Kovalenko");

    // First comment: held for moderation (pre-moderation of first-time commenters).
    await comments.getByLabel("Your comment").fill(text);
    await comments.getByRole("button", { name: "Post comment" }).click();
    await expect(comments.getByRole("status")).toContainText("once a moderator has approved it");
    const held = comments.getByRole("region", { name: "Waiting for moderation" });
    await expect(held).toContainText(text);
    // Their own comment is there, waiting: nobody asks them to be the first.
    await expect(comments.getByText("No published comments yet")).toBeVisible();
    await expect(comments).not.toContainText("Be the first to comment");
    await expect(comments).not.toContainText("No comments yet");

    // The reader's session is not a staff session.
    await reader.goto("/editor");
    await expect(reader).toHaveURL(/\/login/);

    // Anonymous visitors do not see it yet.
    const visitor = await browser.newPage();
    await visitor.goto(`/${article.slug}`);
    await expect(visitor.getByRole("region", { name: "Comments" })).not.toContainText(text);

    // An editor finds it in the queue and approves it.
    const desk = editor.page;
    await desk.goto("/editor");
    await expect(desk.getByText(/reader comments? (is|are) waiting for moderation/)).toBeVisible();
    await desk.getByRole("link", { name: "Comments", exact: true }).click();
    await expect(desk.getByRole("link", { name: /^Waiting/ })).toHaveAttribute(
      "aria-current",
      "page",
    );
    const item = desk.getByRole("listitem").filter({ hasText: text });
    await expect(item).toContainText("First comment from this reader");
    await item.getByRole("button", { name: "Approve" }).click();
    // The queue is read again from the server after the decision. (The
    // "approved" notice is not awaited: a click before the page hydrates
    // posts the plain form, which approves without it.)
    await expect(desk.getByText("No comment is waiting for moderation.")).toBeVisible({
      timeout: 20_000,
    });
    await expect(desk.getByRole("listitem").filter({ hasText: text })).toHaveCount(0);
    await editor.context.close();

    // Everyone sees it now, also without JavaScript.
    await visitor.reload();
    const published = visitor.getByRole("article", { name: "Comment by Nadiia Kovalenko" });
    await expect(published).toContainText(text);
    await visitor.close();
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`/${article.slug}`);
    await expect(plain.getByRole("region", { name: "Comments" })).toContainText(text);
    await noScript.close();

    // Approved once, the reader is trusted: a hostile-looking comment goes
    // out at once (no link in it: links from accounts under a day old are
    // held), and is shown as text.
    await reader.goto(`/${article.slug}#comments`);
    const hostile = `<img src=x onerror="document.title='owned'"> <script>alert(1)</script> <a href="javascript:alert(2)">click</a> ${"a".repeat(400)}`;
    let dialogs = 0;
    reader.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await comments.getByLabel("Your comment").fill(hostile);
    await comments.getByRole("button", { name: "Post comment" }).click();
    await expect(comments.getByRole("status")).toHaveText("Your comment is published.");
    const shown = comments.locator(".comment-card").filter({ hasText: "onerror" });
    await expect(shown).toContainText('<img src=x onerror="document.title=');
    await expect(shown).toContainText('<a href="javascript:alert(2)">click</a>');
    expect(await shown.locator("img, script, a[href^='javascript']").count()).toBe(0);
    const box = await shown.boundingBox();
    const region = await comments.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(region!.width + 1);
    expect(await reader.title()).not.toBe("owned");
    expect(dialogs).toBe(0);

    // The reader signs out.
    await comments.getByRole("button", { name: "Sign out" }).click();
    await expect(comments.getByRole("link", { name: "Sign in to comment" })).toBeVisible();
    await reader.reload();
    await expect(comments.getByRole("link", { name: "Sign in to comment" })).toBeVisible();
    await readerContext.close();
  });
});
