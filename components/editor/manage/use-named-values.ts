"use client";

import { useState } from "react";
import { slugify } from "@/lib/slugs/rules";
import type { TypedControl, TypedValue } from "../typed-before-hydration";
import { intoValues } from "../use-typed-before-hydration";

/**
 * The values of a form for something with a name and an address (a section,
 * a tag, a byline, a newsletter). A new one's address follows its name until
 * the address is edited; on an existing one (`editing`) it never follows, so
 * a rename does not move its page. `keepTyped` (for KitForm) keeps what was
 * typed before the script loaded, a typed address included. `savedSlug` is
 * the address as last saved, and `slugChanged` says the typed one would move
 * the page: forms warn of it.
 */
export function useNamedValues<V extends { name: string; slug: string }>(
  initial: V,
  editing: boolean,
) {
  const [values, setValues] = useState(initial);
  const [slugEdited, setSlugEdited] = useState(editing);
  const [savedSlug, setSavedSlug] = useState(initial.slug);

  const set = <K extends keyof V>(key: K, value: V[K]) =>
    setValues((current) => ({
      ...current,
      [key]: value,
      ...(key === "name" && !slugEdited ? { slug: slugify(String(value)) } : {}),
    }));
  const setSlug = (slug: string) => {
    setSlugEdited(true);
    set("slug", slug as V["slug"]);
  };
  /** Starts again from `next`, the address following the name again. */
  const reset = (next: V) => {
    setValues(next);
    setSlugEdited(editing);
  };

  /** After a save: the server's address is the saved one, and the field's. */
  const slugSaved = (slug: string) => {
    setSavedSlug(slug);
    setValues((current) => ({ ...current, slug }));
  };
  const slugChanged = editing && values.slug.trim() !== "" && values.slug.trim() !== savedSlug;

  const typedInto = intoValues(values, set);
  const keepTyped = (control: TypedControl, value: TypedValue) => {
    if (control.name === "slug") setSlugEdited(true);
    return typedInto(control, value);
  };

  return { values, set, setSlug, reset, keepTyped, savedSlug, slugSaved, slugChanged };
}
