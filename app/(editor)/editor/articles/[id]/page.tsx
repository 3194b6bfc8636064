import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ArticleEditor } from "@/components/editor/article/article-editor";
import { OriginalText, TranslationPanel } from "@/components/editor/article/translation-panel";
import { getArticleEditorData } from "@/lib/articles/editing/editor-data";
import { getTranslationEditorData } from "@/lib/articles/editing/translation-data";
import { requireStaff } from "@/lib/auth/session";
import "../../../../styles/editor-article.css";

export const metadata: Metadata = { title: "Edit article" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ translation?: string }>;
};

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { translation } = await searchParams;
  // Layouts do not guard pages on their own: the permission is checked here,
  // and again against the article itself by getArticleEditorData.
  const staff = await requireStaff(
    "editor.enter",
    undefined,
    `/editor/articles/${encodeURIComponent(id)}`,
  );
  const result = await getArticleEditorData(staff, id);
  if (!result.ok) {
    if (result.code === "forbidden") forbidden();
    notFound();
  }
  const editions = await getTranslationEditorData(result.data.id);
  const editor = <ArticleEditor key={result.data.id} data={result.data} />;
  // A live blog's updates are written on its live desk, beside the stream.
  return (
    <>
      {result.data.fields.type === "LIVE_BLOG" ? (
        <p className="ae-live-desk-link">
          <Link href={`/editor/live/${result.data.id}`}>Open the live desk</Link> to post updates,
          pin them and keep the key developments current.
        </p>
      ) : null}
      {editions ? (
        <TranslationPanel articleId={result.data.id} data={editions} failure={translation} />
      ) : null}
      {editions?.original ? (
        // A translation is written beside its original.
        <div className="ae-with-original">
          {editor}
          <OriginalText original={editions.original} />
        </div>
      ) : (
        editor
      )}
    </>
  );
}
