import Link from "next/link";
import type { TranslationEditorDto } from "@/lib/articles/editing/dto";
import { ARTICLE_STATUS_LABELS } from "@/lib/articles/field-labels";
import { startTranslationFromForm } from "@/lib/articles/editing/translation-actions";
import { EDITION_LABELS } from "@/lib/i18n/edition-labels";
import { EDITION_INFO } from "@/lib/i18n/editions";

/**
 * The article's edition, its other versions and "Create translation". A
 * plain form per edition, so it works before the editor's script loads.
 */
export function TranslationPanel({
  articleId,
  data,
  failure,
}: {
  articleId: string;
  data: TranslationEditorDto;
  /** Why "Create translation" was refused, as its result's code. */
  failure?: string;
}) {
  return (
    <section className="ed-panel ae-translations" aria-labelledby="ae-translations-heading">
      <h2 id="ae-translations-heading">
        Edition: <span>{EDITION_LABELS[data.edition]}</span>
      </h2>
      {failure ? (
        <p className="ed-error-summary" role="alert">
          {failure === "forbidden"
            ? "The translation was not started: your role may not create articles."
            : "The translation was not started. The story may have changed or already have a translation in that edition; reload the page and try again."}
        </p>
      ) : null}
      {data.others.length ? (
        <ul>
          {data.others.map((other) => (
            <li key={other.id}>
              {other.id === data.original?.id ? "Original" : "Translation"} in{" "}
              {EDITION_LABELS[other.edition]}:{" "}
              <Link
                href={`/editor/articles/${other.id}`}
                lang={EDITION_INFO[other.edition].lang}
                prefetch={false}
              >
                {other.title}
              </Link>{" "}
              ({ARTICLE_STATUS_LABELS[other.status]})
            </li>
          ))}
        </ul>
      ) : null}
      {data.canTranslateInto.map((edition) => (
        <form key={edition} action={startTranslationFromForm}>
          <input type="hidden" name="id" value={articleId} />
          <input type="hidden" name="edition" value={edition} />
          <button type="submit" className="ed-button">
            Create translation ({EDITION_LABELS[edition]})
          </button>
        </form>
      ))}
    </section>
  );
}

/** The original beside its translation, read-only, to translate from. */
export function OriginalText({
  original,
}: {
  original: NonNullable<TranslationEditorDto["original"]>;
}) {
  const lang = EDITION_INFO[original.edition].lang;
  return (
    // Scrolls on its own beside the editor, so it takes keyboard focus too.
    <aside className="ed-panel ae-original" aria-labelledby="ae-original-heading" tabIndex={0}>
      <h2 id="ae-original-heading">Original ({EDITION_LABELS[original.edition]})</h2>
      <div lang={lang}>
        <p className="ae-original-title">{original.title}</p>
        {original.standfirst ? (
          <p className="ae-original-standfirst">{original.standfirst}</p>
        ) : null}
        {original.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <p>
        <Link href={`/editor/articles/${original.id}`} prefetch={false}>
          Open the original
        </Link>
      </p>
    </aside>
  );
}
