"use client";

import { useEffect, useRef } from "react";
import { MAX_QUERY } from "@/lib/search/limits";
import type { SearchParams } from "@/lib/search/dto";

/**
 * The search form: a plain GET form, so it works the same with or without
 * JavaScript. With it, fields left empty or at their default stay out of
 * the address (without it, the page redirects to the same address without
 * them). An empty search page puts the cursor in the box; a page of results
 * leaves focus where readers of the results expect it.
 */
export function SearchForm({
  params,
  sections,
  authors,
}: {
  params: SearchParams;
  sections: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
}) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const drop = (event: FormDataEvent) => {
      for (const [key, value] of [...event.formData]) {
        if (value === "" || (key === "sort" && value === "relevance")) event.formData.delete(key);
      }
    };
    element.addEventListener("formdata", drop);
    return () => element.removeEventListener("formdata", drop);
  }, []);

  return (
    <form ref={form} action="/search" method="get" role="search" className="search-form">
      <div className="search-main">
        <label htmlFor="search-q" className="visually-hidden">
          Search for
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={params.q}
          placeholder="Search stories, places, people…"
          maxLength={MAX_QUERY}
          autoComplete="off"
          autoFocus={!params.q}
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
      <fieldset className="search-filters">
        <legend className="visually-hidden">Filters</legend>
        <div className="search-filter">
          <label htmlFor="search-section">Section</label>
          <select id="search-section" name="section" defaultValue={params.section ?? ""}>
            <option value="">All sections</option>
            {sections.map((section) => (
              <option key={section.slug} value={section.slug}>
                {section.name}
              </option>
            ))}
          </select>
        </div>
        <div className="search-filter">
          <label htmlFor="search-author">Author</label>
          <select id="search-author" name="author" defaultValue={params.author ?? ""}>
            <option value="">All authors</option>
            {authors.map((author) => (
              <option key={author.slug} value={author.slug}>
                {author.name}
              </option>
            ))}
          </select>
        </div>
        <div className="search-filter">
          <label htmlFor="search-from">From</label>
          <input id="search-from" type="date" name="from" defaultValue={params.from ?? ""} />
        </div>
        <div className="search-filter">
          <label htmlFor="search-to">To</label>
          <input id="search-to" type="date" name="to" defaultValue={params.to ?? ""} />
        </div>
        <div className="search-filter">
          <label htmlFor="search-sort">Order</label>
          <select id="search-sort" name="sort" defaultValue={params.sort}>
            <option value="relevance">Most relevant</option>
            <option value="date">Newest first</option>
          </select>
        </div>
      </fieldset>
    </form>
  );
}
