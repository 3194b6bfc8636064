import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { getMediaDetail } from "@/lib/media/detail-queries";
import { listImages } from "@/lib/media/library";
import { EMPTY_MEDIA_FILTERS } from "@/lib/media/library-params";
import { listMediaLibrary } from "@/lib/media/library-queries";
import { actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createArticle, createStaff } from "./factories";
import { bodyWithImage, giveFileItsOwnMediaFolder, uploadAs } from "./media-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

giveFileItsOwnMediaFolder("visibility");

beforeEach(async () => {
  await truncateAll();
});

const idsSeenBy = async (staff: Staff, filters = {}) =>
  (await listMediaLibrary(staff, { ...EMPTY_MEDIA_FILTERS, ...filters }, "UTC")).items.map(
    (item) => item.id,
  );

describe("who sees which images", () => {
  it("shows editors everything; authors and contributors their own uploads and public images", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const author = await createStaff({ role: "AUTHOR" });
    const contributor = await createStaff({ role: "CONTRIBUTOR" });
    const embargoed = await uploadAs(editor, { alt: "Embargoed picture" });
    const published = await uploadAs(editor, { alt: "Published picture" });
    const authorsOwn = await uploadAs(author, { alt: "Author picture" });
    const contributorsOwn = await uploadAs(contributor, { alt: "Contributor picture" });
    const live = await createArticle({ title: "Live" });
    await testDb().article.update({ where: { id: live.id }, data: { heroImageId: published.id } });
    const draft = await createArticle({ title: "Secret draft", status: "DRAFT" });
    await testDb().article.update({ where: { id: draft.id }, data: { heroImageId: embargoed.id } });

    const all = [embargoed, published, authorsOwn, contributorsOwn].map((i) => i.id).sort();
    expect((await idsSeenBy(editor)).sort()).toEqual(all);
    expect((await idsSeenBy(author)).sort()).toEqual([published.id, authorsOwn.id].sort());
    expect((await idsSeenBy(contributor)).sort()).toEqual(
      [published.id, contributorsOwn.id].sort(),
    );

    // The picker and the detail page keep the same rule.
    const picker = await listImages(contributor, { query: "" });
    expect(picker.ok && picker.data.map((i) => i.id).sort()).toEqual(
      [published.id, contributorsOwn.id].sort(),
    );
    expect(await getMediaDetail(contributor, embargoed.id)).toBeNull();
    const detail = await getMediaDetail(contributor, published.id);
    expect(detail?.usage).toMatchObject({
      hero: { places: [{ title: "Live", href: `/${live.slug}` }], more: 0 },
      hidden: 0,
      total: 1,
    });
    expect(detail).toMatchObject({ canEdit: false, canDelete: false });

    // Where an image is used is named only where the viewer may look.
    const shared = await uploadAs(editor);
    await testDb().article.update({ where: { id: live.id }, data: { seoImageId: shared.id } });
    await testDb().article.update({ where: { id: draft.id }, data: { seoImageId: published.id } });
    expect((await getMediaDetail(author, published.id))?.usage).toMatchObject({
      seo: { places: [], more: 0 },
      hidden: 1,
      total: 2,
    });
    expect((await getMediaDetail(editor, published.id))?.usage.seo.places).toEqual([
      expect.objectContaining({ title: "Secret draft", href: `/editor/articles/${draft.id}` }),
    ]);
  });
});

describe("searching and filtering the library", () => {
  it("matches every word in alt text, caption or credit, and filters by uploader, use and day", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const other = await createStaff({ role: "EDITOR" });
    const drone = await uploadAs(editor, { alt: "Drone over Kyiv", credit: "Reuters" });
    const kyiv = await uploadAs(other, { caption: "Night in Kyiv", credit: "AP 50%_off" });
    const used = await uploadAs(editor, { alt: "Used picture" });
    await createArticle({ body: bodyWithImage(used.id) });
    const hero = await uploadAs(other, { alt: "Hero" });
    const article = await createArticle();
    await testDb().article.update({ where: { id: article.id }, data: { heroImageId: hero.id } });
    await testDb().media.update({
      where: { id: drone.id },
      data: { createdAt: new Date("2026-01-10T12:00:00Z") },
    });

    expect(await idsSeenBy(editor, { q: "kyiv" })).toEqual([kyiv.id, drone.id]);
    expect(await idsSeenBy(editor, { q: "kyiv reuters" })).toEqual([drone.id]);
    // LIKE wildcards typed in a search are plain characters.
    expect(await idsSeenBy(editor, { q: "50%_" })).toEqual([kyiv.id]);
    expect(await idsSeenBy(editor, { q: "%" })).toEqual([kyiv.id]);
    expect((await idsSeenBy(editor, { mine: true })).sort()).toEqual([drone.id, used.id].sort());
    expect((await idsSeenBy(editor, { unused: true })).sort()).toEqual([drone.id, kyiv.id].sort());
    expect(await idsSeenBy(editor, { from: "2026-01-10", to: "2026-01-10" })).toEqual([drone.id]);
    expect(await idsSeenBy(editor, { to: "2026-01-09" })).toEqual([]);

    const page = await listMediaLibrary(editor, EMPTY_MEDIA_FILTERS, "UTC");
    expect(page).toMatchObject({ total: 4, pageCount: 1 });
    expect(page.items.find((item) => item.id === drone.id)).toMatchObject({
      mine: true,
      uploadedBy: editor.name,
      mimeType: "image/jpeg",
    });
  });
});
