import Link from "next/link";

/** Previous / next links that keep every filter of the address. */
export function FilteredPageLinks({
  href,
  page,
  pageCount,
  label,
}: {
  /** The address of a page number, filters included. */
  href: (page: number) => string;
  page: number;
  pageCount: number;
  label: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="em-pages" aria-label={label}>
      {page > 1 ? (
        <Link className="ed-button" href={href(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="ed-muted">
        Page {page.toLocaleString("en")} of {pageCount.toLocaleString("en")}
      </span>
      {page < pageCount ? (
        <Link className="ed-button" href={href(page + 1)} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
