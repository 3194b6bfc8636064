"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { CommentsModePanel } from "@/components/editor/comments/comments-mode-panel";
import { useMediaPicker } from "@/components/editor/media/use-media-picker";
import { searchRelatedAction } from "@/lib/articles/editing/actions";
import type { ArticleEditorData, Transitioned } from "@/lib/articles/editing/dto";
import type { ArticleDocument } from "@/lib/documents/dto";
import { EDITION_INFO, editionPath } from "@/lib/i18n/editions";
import { ActionBar } from "./action-bar";
import { AddressPanel } from "./address-panel";
import { useConfirm } from "./confirm-dialog";
import { ConflictDialog } from "./conflict-dialog";
import { CorrectionsPanel } from "./corrections-panel";
import { NoticeRegion, ProblemBanner, ReadOnlyBanner, RestoreBanner } from "./editor-banners";
import { ErrorSummary } from "./error-summary";
import type { FieldNames } from "./field-diff";
import { errorFor } from "./field-errors";
import { FlagsPanel, HeroPanel, SeoPanel } from "./image-panels";
import { MainFields } from "./main-fields";
import { NarrationPanel } from "./narration-panel";
import {
  isGeneratedSlug,
  slugFollowsHeadline,
  slugForHeadline,
} from "@/lib/articles/editing/slug-rule";
import { BylinesPanel, PlacementPanel, TagsPanel } from "./taxonomy-panels";
import { useArticleDraft } from "./use-article-draft";
import { focusChecklist } from "./checklist-panel";
import { useScheduling } from "./schedule-wiring";
import { useTypedArticleFields } from "./use-typed-fields";
import { useReferences } from "./use-references";
import { usePageServices } from "@/components/editor/rich-text/use-page-services";
import { useUnsavedGuard } from "./use-unsaved-guard";
import { workflowButtons, type WorkflowButton } from "./workflow-buttons";

const LEAVE_MESSAGE =
  "Your latest changes are not saved to the newsroom yet (a copy is kept on this device). Leave anyway?";

/** The page's data as a workflow move left it (fields and version are the draft's own). */
function afterMove(data: ArticleEditorData, moved: Transitioned): ArticleEditorData {
  return {
    ...data,
    publishedAt: moved.publishedAt,
    scheduledAt: moved.scheduledAt,
    unpublishAt: moved.unpublishAt,
    allowed: moved.allowed,
    corrections: { ...data.corrections, ...moved.corrections },
  };
}

/** The article editor: writing column, settings sidebar, saving and workflow. */
export function ArticleEditor({ data: served }: { data: ArticleEditorData }) {
  // A workflow move answers with what changed beside the status; that holds
  // until the server sends the page again.
  const [moved, setMoved] = useState<{ on: ArticleEditorData; after: Transitioned } | null>(null);
  const data = useMemo(
    () => (moved?.on === served ? afterMove(served, moved.after) : served),
    [served, moved],
  );
  const onMoved = useCallback((after: Transitioned) => setMoved({ on: served, after }), [served]);
  const readOnly = !data.allowed["article.edit"];
  const draft = useArticleDraft(data, readOnly, onMoved);
  const refs = useReferences(data);
  const picker = useMediaPicker({ canUpload: data.allowed["media.upload"] });
  const confirmer = useConfirm();
  const { fields, update, fieldErrors: errors } = draft;
  // Whether the slug was typed by hand, judged again whenever the fields are
  // replaced wholesale (a restored copy, another person's version).
  const [slugJudgement, setSlugJudgement] = useState(() => ({
    key: draft.bodyKey,
    byHand: !isGeneratedSlug(fields.slug, fields.title),
  }));
  if (slugJudgement.key !== draft.bodyKey) {
    setSlugJudgement({ key: draft.bodyKey, byHand: !isGeneratedSlug(fields.slug, fields.title) });
  }
  const slugByHand = slugJudgement.byHand;
  const setSlugByHand = useCallback(
    (byHand: boolean) => setSlugJudgement((current) => ({ ...current, byHand })),
    [],
  );
  const disabled = draft.locked;
  const follows = slugFollowsHeadline({
    everPublished: draft.everPublished,
    slugEditedByHand: slugByHand,
  });

  useUnsavedGuard(!readOnly && (draft.dirty || draft.saving), LEAVE_MESSAGE);
  // A Ukrainian story is read at /uk/{slug}, an English one at /{slug}.
  const sitePath = (slug: string) => editionPath(data.edition, `/${slug}`);

  const { save, conflict, openConflict } = draft;
  const requestSave = useCallback(() => {
    if (conflict) openConflict();
    else void save();
  }, [conflict, openConflict, save]);

  useEffect(() => {
    if (readOnly) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        requestSave();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [readOnly, requestSave]);

  const { rememberArticles } = refs;
  const searchArticles = useCallback(
    async (query: string) => {
      try {
        // A card may not point at its own article.
        const result = await searchRelatedAction({ query, excludeId: data.id });
        if (!result.ok) return [];
        rememberArticles(result.data);
        return result.data;
      } catch {
        return [];
      }
    },
    [rememberArticles, data.id],
  );
  const { services, pickMedia } = usePageServices({ pick: picker.pick, refs, searchArticles });

  const onTitle = useCallback(
    (title: string) =>
      update(follows ? { title, slug: slugForHeadline(title, draft.fields.slug) } : { title }),
    [update, follows, draft.fields.slug],
  );
  const onStandfirst = useCallback((standfirst: string) => update({ standfirst }), [update]);
  const onBody = useCallback((body: ArticleDocument) => update({ body }), [update]);
  const onSlug = useCallback(
    (slug: string, byHand: boolean) => {
      if (byHand) setSlugByHand(true);
      update({ slug });
    },
    [update, setSlugByHand],
  );

  const rootRef = useRef<HTMLDivElement>(null);
  useTypedArticleFields(rootRef, {
    title: onTitle,
    standfirst: onStandfirst,
    slug: onSlug,
    update,
  });

  const names = useMemo<FieldNames>(() => {
    const lookup = <T extends { id: string; name: string }>(list: T[]) => {
      const map = new Map(list.map((item) => [item.id, item.name]));
      return (id: string) => map.get(id);
    };
    return {
      section: lookup(data.options.sections),
      tag: lookup(data.options.tags),
      author: lookup(data.options.authors),
      image: (id) => {
        const item = refs.media.get(id);
        return item ? item.alt || item.caption || "An image without alt text" : undefined;
      },
      article: (id) => refs.articles.get(id),
    };
  }, [data.options, refs.media, refs.articles]);

  const scheduling = useScheduling(data, draft, refs.media);

  async function runTransition(button: WorkflowButton) {
    // Blocked by the checklist: show what is missing instead.
    if (button.blocked) return focusChecklist();
    if (button.confirm && !(await confirmer.confirm(button.confirm))) return;
    await draft.transition(button.name, button.done);
  }

  const previewHref = `/api/preview?id=${encodeURIComponent(data.id)}`;
  async function onPreview(event: MouseEvent<HTMLAnchorElement>) {
    if (readOnly || (!draft.dirty && !draft.saving)) return;
    // Show what was just typed: save first, then point the new tab at the preview.
    event.preventDefault();
    const preview = window.open("about:blank", "_blank");
    await draft.save();
    if (preview) preview.location.href = previewHref;
    else window.open(previewHref, "_blank");
  }

  return (
    <div className="ae-editor" ref={rootRef}>
      <ActionBar
        status={draft.status}
        dates={{ publishedAt: data.publishedAt, scheduledAt: data.scheduledAt }}
        timeZone={data.timeZone}
        save={{
          saving: draft.saving,
          dirty: draft.dirty,
          problem: draft.problem,
          savedAt: draft.savedAt,
          readOnly,
        }}
        previewHref={data.allowed["article.preview"] ? previewHref : null}
        onPreview={onPreview}
        onSave={readOnly ? null : requestSave}
        saveDisabled={disabled}
        buttons={workflowButtons(draft.status, data.allowed, scheduling.blockedBy)}
        busy={draft.busy}
        onTransition={runTransition}
        statusNote={scheduling.statusNote}
        scheduling={scheduling.scheduling}
        substantive={
          draft.status === "PUBLISHED" && !readOnly
            ? { checked: draft.substantive, onChange: draft.setSubstantive }
            : null
        }
      />
      <div className="ae-banners">
        {readOnly ? <ReadOnlyBanner status={draft.status} /> : null}
        {draft.restoreOffer && !readOnly ? (
          <RestoreBanner
            offer={draft.restoreOffer}
            timeZone={data.timeZone}
            onAnswer={draft.answerRestore}
          />
        ) : null}
        <ProblemBanner
          problem={draft.problem}
          text={draft.problemText}
          conflictOpen={draft.conflictOpen}
          onOpenConflict={draft.openConflict}
        />
        <NoticeRegion
          notice={draft.notice}
          path={sitePath(draft.savedSlug)}
          onUndo={draft.undoNotice}
          onDismiss={draft.dismissNotice}
        />
      </div>
      <div className="ae-layout">
        <div className="ae-main">
          {draft.summary ? (
            <ErrorSummary message={draft.problemText} errors={errors} focusKey={draft.summary} />
          ) : null}
          <MainFields
            title={fields.title}
            standfirst={fields.standfirst}
            body={fields.body}
            bodyKey={draft.bodyKey}
            errors={errors}
            disabled={disabled}
            onTitle={onTitle}
            onStandfirst={onStandfirst}
            onBody={onBody}
            services={services}
          />
        </div>
        <aside
          className="ae-sidebar"
          id="article-settings"
          tabIndex={-1}
          aria-label="Article settings"
        >
          {scheduling.checklistPanel}
          <AddressPanel
            articleId={data.id}
            prefix={`${EDITION_INFO[data.edition].prefix}/`}
            slug={fields.slug}
            savedSlug={draft.savedSlug}
            follows={follows && !disabled}
            everPublished={draft.everPublished}
            error={errorFor(errors, "slug")}
            disabled={disabled}
            onSlug={onSlug}
            onFollowHeadline={
              slugByHand && !draft.everPublished
                ? () => {
                    setSlugByHand(false);
                    update({ slug: slugForHeadline(fields.title, fields.slug) });
                  }
                : null
            }
          />
          <PlacementPanel
            sectionId={fields.sectionId}
            type={fields.type}
            sections={data.options.sections}
            errors={errors}
            disabled={disabled}
            canMakePages={data.allowed["page.manage"]}
            onSection={(sectionId) => update({ sectionId })}
            onType={(type) => update({ type })}
          />
          <BylinesPanel
            authorIds={fields.authorIds}
            authors={data.options.authors}
            error={errorFor(errors, "authorIds")}
            disabled={disabled}
            onChange={(authorIds) => update({ authorIds })}
          />
          <TagsPanel
            tagIds={fields.tagIds}
            tags={data.options.tags}
            error={errorFor(errors, "tagIds")}
            disabled={disabled}
            locked={!data.allowed["article.setTags"]}
            onChange={(tagIds) => update({ tagIds })}
          />
          <HeroPanel
            fields={fields}
            media={refs.media}
            errors={errors}
            disabled={disabled}
            update={update}
            pick={pickMedia}
          />
          <SeoPanel
            fields={fields}
            media={refs.media}
            errors={errors}
            disabled={disabled}
            update={update}
            pick={pickMedia}
            path={sitePath(fields.slug)}
          />
          <FlagsPanel
            featured={fields.featured}
            editorsPick={fields.editorsPick}
            disabled={disabled}
            locked={!data.allowed["article.setFlags"]}
            update={update}
          />
          <CorrectionsPanel
            articleId={data.id}
            status={draft.status}
            publishedAt={data.publishedAt}
            data={data.corrections}
          />
          {fields.type !== "PAGE" ? (
            <NarrationPanel
              articleId={data.id}
              status={draft.status}
              refreshKey={`${draft.status}:${draft.savedAt ?? ""}`}
              timeZone={data.timeZone}
            />
          ) : null}
          {fields.type !== "PAGE" ? <CommentsModePanel articleId={data.id} /> : null}
        </aside>
      </div>
      <ConflictDialog
        conflict={draft.conflict}
        open={draft.conflictOpen}
        mine={fields}
        status={draft.status}
        names={names}
        timeZone={data.timeZone}
        onCopy={draft.copyTheirs}
        onKeepMine={draft.keepMine}
        onTakeTheirs={draft.takeTheirs}
        onClose={draft.closeConflict}
      />
      {picker.dialog}
      {confirmer.dialog}
    </div>
  );
}
