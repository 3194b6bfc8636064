import type { Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { insertBlock } from "./insert-block";
import { PanelFrame } from "./panel-frame";
import type { RichTextEditorProps } from "./rich-text-editor";

type SearchResult = Awaited<ReturnType<RichTextEditorProps["searchArticles"]>>[number];

type SearchState =
  | { status: "idle" }
  | { status: "searching" }
  | { status: "done"; results: SearchResult[] }
  | { status: "failed" };

const DEBOUNCE_MS = 250;
const MIN_QUERY = 2;

export function RelatedPanel({
  id,
  editor,
  searchArticles,
  onPicked,
  onClose,
}: {
  id: string;
  editor: Editor;
  searchArticles: RichTextEditorProps["searchArticles"];
  onPicked: (article: SearchResult) => void;
  onClose: () => void;
}) {
  const inputId = useId();
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState<SearchState>({ status: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(0);

  useEffect(() => () => clearTimeout(timer.current), []);

  function onQuery(next: string) {
    setQuery(next);
    clearTimeout(timer.current);
    const request = ++latest.current;
    if (next.trim().length < MIN_QUERY) {
      setSearch({ status: "idle" });
      return;
    }
    setSearch({ status: "searching" });
    timer.current = setTimeout(async () => {
      try {
        const results = await searchArticles(next.trim());
        if (request === latest.current) setSearch({ status: "done", results });
      } catch {
        if (request === latest.current) setSearch({ status: "failed" });
      }
    }, DEBOUNCE_MS);
  }

  function pick(article: SearchResult) {
    onPicked(article);
    insertBlock(editor, { type: "relatedArticle", attrs: { articleId: article.id } });
    onClose();
  }

  const statusId = `${inputId}-status`;
  const status =
    search.status === "searching"
      ? "Searching…"
      : search.status === "failed"
        ? "Search failed. Try again."
        : search.status === "done"
          ? search.results.length === 0
            ? "No published articles match."
            : `${search.results.length} article${search.results.length === 1 ? "" : "s"} found.`
          : `Type at least ${MIN_QUERY} letters.`;

  return (
    <PanelFrame id={id} title="Insert related article" onClose={onClose}>
      <label htmlFor={inputId} className="rte-panel-label">
        Search published articles
      </label>
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        className="rte-input"
        placeholder="Headline or keyword"
        value={query}
        aria-describedby={statusId}
        onChange={(event) => onQuery(event.target.value)}
      />
      <p id={statusId} className="rte-panel-hint" role="status">
        {status}
      </p>
      {search.status === "done" && search.results.length > 0 ? (
        <ul className="rte-results">
          {search.results.map((article) => (
            <li key={article.id}>
              <button type="button" className="rte-result" onClick={() => pick(article)}>
                {article.imageSrc ? (
                  // Small search thumbnail of unknown size; next/image would need dimensions.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={article.imageSrc} alt="" className="rte-result-image" />
                ) : null}
                <span className="rte-result-text">
                  <span className="rte-result-title">{article.title}</span>
                  {article.standfirst ? (
                    <span className="rte-result-standfirst">{article.standfirst}</span>
                  ) : null}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="rte-panel-actions">
        <button type="button" className="rte-button rte-button-quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </PanelFrame>
  );
}
