"use client";

import type { RefObject } from "react";
import type { ArticleFields } from "@/lib/articles/editing/dto";
import { useTypedBeforeHydration } from "../use-typed-before-hydration";
import { fieldId } from "./field-errors";

const TEXT_FIELDS = [
  "heroAlt",
  "heroCaption",
  "heroCredit",
  "seoTitle",
  "seoDescription",
] as const satisfies (keyof ArticleFields)[];
const FLAGS = ["featured", "editorsPick"] as const satisfies (keyof ArticleFields)[];

/**
 * The article's plain fields typed before the editor's script ran (the body
 * editor only appears once it has), taken into the draft through the same
 * handlers as typing, so the address follows a headline and autosave runs.
 */
export function useTypedArticleFields(
  root: RefObject<HTMLElement | null>,
  on: {
    title: (title: string) => void;
    standfirst: (standfirst: string) => void;
    slug: (slug: string, byHand: boolean) => void;
    update: (patch: Partial<ArticleFields>) => void;
  },
) {
  useTypedBeforeHydration(root, (control, value) => {
    const text = typeof value === "string" ? value : "";
    const oneLine = text.replace(/\s*\n\s*/g, " ");
    switch (control.id) {
      case fieldId("title"):
        return on.title(oneLine);
      case fieldId("standfirst"):
        return on.standfirst(oneLine);
      case fieldId("slug"):
        return on.slug(text.toLowerCase().replace(/\s+/g, "-"), true);
      case fieldId("sectionId"):
        return on.update({ sectionId: text || null });
    }
    for (const name of TEXT_FIELDS) {
      if (control.id === fieldId(name)) return on.update({ [name]: text });
    }
    for (const name of FLAGS) {
      if (control.id === fieldId(name)) return on.update({ [name]: value === true });
    }
    // Anything else (a tag search, a correction note) goes back into the page.
    return false;
  });
}
