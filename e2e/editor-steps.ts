import type { Page } from "@playwright/test";

/** Steps in the article editor that several journeys take the same way. */

/**
 * Chooses a demo photograph as the hero image through the library picker:
 * it has alt text and a credit in the library, so the checklist is content.
 */
export async function chooseHeroImage(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Choose hero image" }).click();
  const picker = page.getByRole("dialog", { name: "Choose the hero image" });
  await picker.getByLabel("Search the library").fill("reeds");
  await picker
    .getByRole("list", { name: "Images" })
    .getByRole("button", { name: /Reeds/ })
    .first()
    .click();
  await picker.getByRole("button", { name: "Use this image" }).click();
}
