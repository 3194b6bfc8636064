import Link from "next/link";
import { EDITION_LABELS } from "@/lib/i18n/edition-labels";
import { EDITIONS } from "@/lib/i18n/editions";
import type { EditorListFilters, EditorListOptions } from "@/lib/articles/dto";
import {
  EDITOR_STATUSES,
  EDITOR_TYPES,
  NO_SECTION,
  hasListFilters,
} from "@/lib/articles/editor-list-params";
import { ARTICLE_STATUS_LABELS, ARTICLE_TYPE_LABELS } from "@/lib/articles/field-labels";

/**
 * Search and filters as one plain GET form: the state lives in the URL, so
 * the list works without JavaScript and every view can be bookmarked or sent
 * to a colleague. Submitting starts again at page 1 (there is no page field).
 */
export function ListFilters({
  filters,
  options,
  offerMine,
}: {
  filters: EditorListFilters;
  options: EditorListOptions;
  /** Show "Only mine"; pointless for staff who only ever see their own work. */
  offerMine: boolean;
}) {
  return (
    <form action="/editor/articles" method="get" role="search" className="edl-filters">
      <div className="edl-search">
        <label htmlFor="edl-q" className="visually-hidden">
          Search articles
        </label>
        <input
          id="edl-q"
          className="ed-input"
          name="q"
          type="search"
          defaultValue={filters.q}
          placeholder="Search titles, standfirsts and text…"
          maxLength={200}
          autoComplete="off"
          aria-describedby="edl-q-hint"
        />
        <button type="submit" className="ed-button ed-button-primary">
          Search
        </button>
      </div>
      <p id="edl-q-hint" className="ed-hint">
        Whole words; <code>&quot;exact phrase&quot;</code>, <code>OR</code> and <code>-word</code>{" "}
        work as in web search.
      </p>

      <fieldset className="edl-filter-row">
        <legend className="visually-hidden">Filters</legend>
        <div className="ed-field">
          <label htmlFor="edl-status">Status</label>
          <select id="edl-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">Any status</option>
            {EDITOR_STATUSES.map((status) => (
              <option key={status} value={status}>
                {ARTICLE_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="ed-field">
          <label htmlFor="edl-type">Type</label>
          <select id="edl-type" name="type" defaultValue={filters.type ?? ""}>
            <option value="">Any type</option>
            {EDITOR_TYPES.map((type) => (
              <option key={type} value={type}>
                {type === "PAGE" ? "Pages" : ARTICLE_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
        <div className="ed-field">
          <label htmlFor="edl-edition">Edition</label>
          <select id="edl-edition" name="edition" defaultValue={filters.edition ?? ""}>
            <option value="">Both editions</option>
            {EDITIONS.map((edition) => (
              <option key={edition} value={edition}>
                {EDITION_LABELS[edition]}
              </option>
            ))}
          </select>
        </div>
        <div className="ed-field">
          <label htmlFor="edl-section">Section</label>
          <select id="edl-section" name="section" defaultValue={filters.section ?? ""}>
            <option value="">Any section</option>
            <option value={NO_SECTION}>No section</option>
            {options.sections.map((section) => (
              <option key={section.slug} value={section.slug}>
                {section.name}
              </option>
            ))}
          </select>
        </div>
        <div className="ed-field">
          <label htmlFor="edl-author">Author</label>
          <select id="edl-author" name="author" defaultValue={filters.author ?? ""}>
            <option value="">Any author</option>
            {options.authors.map((author) => (
              <option key={author.slug} value={author.slug}>
                {author.name}
              </option>
            ))}
          </select>
        </div>
        <div className="ed-field edl-dates">
          <label htmlFor="edl-date-field">Date</label>
          <div className="edl-date-inputs">
            <select
              id="edl-date-field"
              name="dateField"
              defaultValue={filters.dateField}
              aria-label="Which date"
            >
              <option value="updated">Updated</option>
              <option value="published">Published</option>
            </select>
            <input
              type="date"
              name="from"
              defaultValue={filters.from ?? ""}
              aria-label="From (inclusive)"
            />
            <span aria-hidden="true">–</span>
            <input
              type="date"
              name="to"
              defaultValue={filters.to ?? ""}
              aria-label="To (inclusive)"
            />
          </div>
        </div>
        {offerMine ? (
          <label className="ed-check edl-mine">
            <input type="checkbox" name="mine" value="1" defaultChecked={filters.mine} />
            Only mine
          </label>
        ) : null}
        <div className="edl-filter-actions">
          <button type="submit" className="ed-button">
            Apply
          </button>
          {hasListFilters(filters) ? (
            <Link href="/editor/articles" className="ed-button ed-button-quiet">
              Clear
            </Link>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
