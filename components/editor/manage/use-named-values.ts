"use client";

import { useRef, useState } from "react";
import { slugify } from "@/lib/slugs/rules";
import { intoValues, useTypedBeforeHydration } from "../use-typed-before-hydration";

/**
 * The values of a form for something with a name and an address (a section,
 * a tag, a byline, a newsletter). A new one's address follows its name until
 * the address is edited; on an existing one (`editing`) it never follows, so
 * a rename does not move its page. What was typed before the script loaded
 * is kept, a typed address included.
 */
export function useNamedValues<V extends { name: string; slug: string }>(
  initial: V,
  editing: boolean,
) {
  const [values, setValues] = useState(initial);
  const [slugEdited, setSlugEdited] = useState(editing);

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

  const formRef = useRef<HTMLFormElement>(null);
  const typedInto = intoValues(values, set);
  const hydrated = useTypedBeforeHydration(formRef, (control, value) => {
    if (control.name === "slug") setSlugEdited(true);
    return typedInto(control, value);
  });

  return { values, setValues, set, setSlug, reset, formRef, hydrated };
}
