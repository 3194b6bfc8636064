import Link from "next/link";

/**
 * Previous / next links for a staff list, keeping every filter: `href`
 * gives the address of a page number, filters included.
 */
export function FilteredPageLinks({
  href,
  page,
  pageCount,
  label,
  previous = "← Previous",
  next = "Next →",
}: {
  href: (page: number) => string;
  page: number;
  pageCount: number;
  label: string;
  previous?: string;
  next?: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="em-pages" aria-label={label}>
      {page > 1 ? (
        <Link className="ed-button" href={href(page - 1)} rel="prev">
          {previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="ed-muted">
        Page {page.toLocaleString("en")} of {pageCount.toLocaleString("en")}
      </span>
      {page < pageCount ? (
        <Link className="ed-button" href={href(page + 1)} rel="next">
          {next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** Previous / next links for a list page with a search box (`q`). */
export function PageLinks({
  base,
  query,
  page,
  pageCount,
  label,
}: {
  base: string;
  query: string;
  page: number;
  pageCount: number;
  label: string;
}) {
  const href = (to: number) => {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (to > 1) params.set("page", String(to));
    const search = params.toString();
    return search ? `${base}?${search}` : base;
  };
  return <FilteredPageLinks href={href} page={page} pageCount={pageCount} label={label} />;
}
