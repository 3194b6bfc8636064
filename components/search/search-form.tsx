"use client";

import { useEffect, useRef } from "react";
import { MAX_QUERY } from "@/lib/search/limits";
import type { SearchParams } from "@/lib/search/dto";
import type { Messages } from "@/lib/i18n/dto";

/** The form's own words, in the edition's language (`messagesFor(edition).searchPage.form`). */
export type SearchFormText = Messages["searchPage"]["form"];

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
  text,
  action,
}: {
  params: SearchParams;
  sections: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
  text: SearchFormText;
  /** The edition's search page: /search or /uk/search. */
  action: string;
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
    <form ref={form} action={action} method="get" role="search" className="search-form">
      <div className="search-main">
        <label htmlFor="search-q" className="visually-hidden">
          {text.label}
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={params.q}
          placeholder={text.placeholder}
          maxLength={MAX_QUERY}
          autoComplete="off"
          autoFocus={!params.q}
        />
        <button type="submit" className="button">
          {text.button}
        </button>
      </div>
      <fieldset className="search-filters">
        <legend className="visually-hidden">{text.filters}</legend>
        <div className="search-filter">
          <label htmlFor="search-section">{text.section}</label>
          <select id="search-section" name="section" defaultValue={params.section ?? ""}>
            <option value="">{text.allSections}</option>
            {sections.map((section) => (
              <option key={section.slug} value={section.slug}>
                {section.name}
              </option>
            ))}
          </select>
        </div>
        <div className="search-filter">
          <label htmlFor="search-author">{text.author}</label>
          <select id="search-author" name="author" defaultValue={params.author ?? ""}>
            <option value="">{text.allAuthors}</option>
            {authors.map((author) => (
              <option key={author.slug} value={author.slug}>
                {author.name}
              </option>
            ))}
          </select>
        </div>
        <div className="search-filter">
          <label htmlFor="search-from">{text.from}</label>
          <input id="search-from" type="date" name="from" defaultValue={params.from ?? ""} />
        </div>
        <div className="search-filter">
          <label htmlFor="search-to">{text.to}</label>
          <input id="search-to" type="date" name="to" defaultValue={params.to ?? ""} />
        </div>
        <div className="search-filter">
          <label htmlFor="search-sort">{text.order}</label>
          <select id="search-sort" name="sort" defaultValue={params.sort}>
            <option value="relevance">{text.relevance}</option>
            <option value="date">{text.newest}</option>
          </select>
        </div>
      </fieldset>
    </form>
  );
}
