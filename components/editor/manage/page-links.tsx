import Link from "next/link";

/** Previous / next links for a list page, keeping its filter. */
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
  if (pageCount <= 1) return null;
  const href = (to: number) => {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (to > 1) params.set("page", String(to));
    const search = params.toString();
    return search ? `${base}?${search}` : base;
  };
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
