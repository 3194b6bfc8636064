import { checkSlug } from "@/lib/slugs/rules";
import type { ArticleFields } from "../editing/schemas";

/** What the restore may rely on now, gathered by the caller in one go. */
export interface RestoreContext {
  /** The article as it is now. */
  current: ArticleFields;
  /** Which of the ids the old version names still exist (articles: published stories). */
  exists: {
    sections: ReadonlySet<string>;
    tags: ReadonlySet<string>;
    authors: ReadonlySet<string>;
    images: ReadonlySet<string>;
    articles: ReadonlySet<string>;
  };
  /** Field permissions of the person restoring, against this article. */
  may: { setTags: boolean; setFlags: boolean; setBylines: boolean; managePages: boolean };
  /** Why the old address cannot be taken back (another article has it), if so. */
  slugTaken: string | null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const gone = (n: number) => (n === 1 ? "no longer exists and was" : "no longer exist and were");
const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const sameSet = (a: string[], b: string[]) => sameList([...a].sort(), [...b].sort());

/**
 * The fields a restore will save, and a note for everything that could not
 * come back as it was. The decision (documented in docs/staff-area.md): a
 * restore never fails because time has passed. References that no longer
 * exist (a deleted tag, author, section or image, a related story that is
 * no longer published) are left out, an address another article took keeps
 * the current one, and fields this person may not change keep their current
 * values; each is said in a note. The save itself then checks everything
 * again, exactly as for a save from the editor.
 */
export function prepareRestoredFields(
  target: ArticleFields,
  context: RestoreContext,
): { fields: ArticleFields; notes: string[] } {
  const { current, exists, may } = context;
  const notes: string[] = [];
  const fields: ArticleFields = structuredClone(target);

  if (fields.sectionId && !exists.sections.has(fields.sectionId)) {
    fields.sectionId = null;
    notes.push("The section of that version no longer exists; the article has no section now.");
  }
  const tagIds = fields.tagIds.filter((id) => exists.tags.has(id));
  if (tagIds.length < fields.tagIds.length) {
    const missing = fields.tagIds.length - tagIds.length;
    notes.push(`${plural(missing, "tag", "tags")} of that version ${gone(missing)} left out.`);
    fields.tagIds = tagIds;
  }
  const authorIds = fields.authorIds.filter((id) => exists.authors.has(id));
  if (authorIds.length < fields.authorIds.length) {
    const missing = fields.authorIds.length - authorIds.length;
    notes.push(
      `${plural(missing, "byline", "bylines")} of that version ${gone(missing)} left out.`,
    );
    fields.authorIds = authorIds;
  }
  if (fields.heroImageId && !exists.images.has(fields.heroImageId)) {
    fields.heroImageId = null;
    notes.push(
      "The hero image of that version is no longer in the media library and was left out.",
    );
  }
  if (fields.seoImageId && !exists.images.has(fields.seoImageId)) {
    fields.seoImageId = null;
    notes.push("The SEO image of that version is no longer in the media library and was left out.");
  }
  let images = 0;
  let cards = 0;
  fields.body = {
    ...fields.body,
    content: fields.body.content.filter((block) => {
      if (block.type === "image" && !exists.images.has(block.attrs.mediaId)) {
        images++;
        return false;
      }
      if (block.type === "relatedArticle" && !exists.articles.has(block.attrs.articleId)) {
        cards++;
        return false;
      }
      return true;
    }),
  };
  if (images) {
    notes.push(
      `${plural(images, "image", "images")} in the body ${images === 1 ? "is" : "are"} no longer in the media library and ${images === 1 ? "was" : "were"} left out.`,
    );
  }
  if (cards) {
    notes.push(
      `${plural(cards, "related-article card", "related-article cards")} pointed at stories that are not published now and ${cards === 1 ? "was" : "were"} left out.`,
    );
  }

  if (fields.slug !== current.slug && (checkSlug(fields.slug) || context.slugTaken)) {
    notes.push(
      `The address /${fields.slug} cannot be used now (${context.slugTaken ?? "it is not a valid address any more"}); the article keeps /${current.slug}.`,
    );
    fields.slug = current.slug;
  }
  if (!may.setTags && !sameSet(fields.tagIds, current.tagIds)) {
    fields.tagIds = [...current.tagIds];
    notes.push("Tags were kept as they are: you may not change them.");
  }
  if (
    !may.setFlags &&
    (fields.featured !== current.featured || fields.editorsPick !== current.editorsPick)
  ) {
    fields.featured = current.featured;
    fields.editorsPick = current.editorsPick;
    notes.push(
      "The Featured and Editors' pick flags were kept as they are: you may not change them.",
    );
  }
  if (!may.setBylines && !sameList(fields.authorIds, current.authorIds)) {
    fields.authorIds = [...current.authorIds];
    notes.push("Bylines were kept as they are: ask an editor to change them.");
  }
  if ((fields.type === "PAGE") !== (current.type === "PAGE") && !may.managePages) {
    fields.type = current.type;
    notes.push("The type was kept as it is: you may not turn articles into pages or back.");
  }
  return { fields, notes };
}
