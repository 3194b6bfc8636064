"use server";

import { redirect } from "next/navigation";
import { staffAction } from "@/lib/auth/staff-action";
import { editionOr } from "@/lib/i18n/editions";
import { createTranslationSchema } from "./schemas";
import { createTranslation } from "./translation";

// Creating a translation starts an article, so it asks what starting one asks.
export const createTranslationAction = staffAction(
  { permission: "article.create", schema: createTranslationSchema },
  createTranslation,
);

/** The editor's "Create translation" button: a plain form post, so it works before scripts load. */
export async function startTranslationFromForm(form: FormData): Promise<void> {
  const result = await createTranslationAction({
    id: String(form.get("id") ?? ""),
    edition: editionOr(form.get("edition"), "uk"),
  });
  if (result.ok) redirect(`/editor/articles/${result.data.id}`);
  const page = `/editor/articles/${encodeURIComponent(String(form.get("id") ?? ""))}`;
  if (result.code === "unauthenticated") redirect(`/login?callbackUrl=${encodeURIComponent(page)}`);
  // The editor page says why, from the code.
  redirect(`${page}?translation=${result.code}`);
}
