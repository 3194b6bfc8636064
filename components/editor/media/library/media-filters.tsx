import Link from "next/link";
import { hasMediaFilters } from "@/lib/media/library-params";
import type { MediaListFilters } from "@/lib/media/dto";

/**
 * Search and filters as one plain GET form: the state lives in the address,
 * so the library works without JavaScript and any view can be shared.
 * Submitting starts again at page 1.
 */
export function MediaFilters({ filters }: { filters: MediaListFilters }) {
  return (
    <form action="/editor/media" method="get" role="search" className="eml-filters">
      <div className="eml-search">
        <label htmlFor="eml-q" className="visually-hidden">
          Search images
        </label>
        <input
          id="eml-q"
          className="ed-input"
          name="q"
          type="search"
          defaultValue={filters.q}
          placeholder="Search alt text, captions and credits…"
          maxLength={100}
          autoComplete="off"
        />
        <button type="submit" className="ed-button ed-button-primary">
          Search
        </button>
      </div>
      <fieldset className="eml-filter-row">
        <legend className="visually-hidden">Filters</legend>
        <label className="ed-check">
          <input type="checkbox" name="mine" value="1" defaultChecked={filters.mine} />
          Uploaded by me
        </label>
        <label className="ed-check">
          <input type="checkbox" name="unused" value="1" defaultChecked={filters.unused} />
          Not used anywhere
        </label>
        <div className="ed-field">
          <label htmlFor="eml-from">Uploaded from</label>
          <input id="eml-from" type="date" name="from" defaultValue={filters.from ?? ""} />
        </div>
        <div className="ed-field">
          <label htmlFor="eml-to">to</label>
          <input id="eml-to" type="date" name="to" defaultValue={filters.to ?? ""} />
        </div>
        <button type="submit" className="ed-button">
          Apply
        </button>
        {hasMediaFilters(filters) ? (
          <Link href="/editor/media" className="ed-button ed-button-quiet">
            Clear all
          </Link>
        ) : null}
      </fieldset>
    </form>
  );
}
