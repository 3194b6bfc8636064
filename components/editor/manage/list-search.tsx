/**
 * A plain GET form that filters a list by text; it works without
 * JavaScript and keeps the filter in the address, so it can be shared.
 */
export function ListSearch({
  action,
  query,
  label,
  placeholder,
}: {
  action: string;
  query: string;
  label: string;
  placeholder: string;
}) {
  return (
    <form className="em-search" action={action} method="get" role="search">
      <label htmlFor="list-search" className="visually-hidden">
        {label}
      </label>
      <input
        id="list-search"
        className="ed-input"
        type="search"
        name="q"
        defaultValue={query}
        placeholder={placeholder}
      />
      <button type="submit" className="ed-button">
        Filter
      </button>
      {query ? (
        <a className="ed-button ed-button-quiet" href={action}>
          Clear
        </a>
      ) : null}
    </form>
  );
}
