"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  publishArticleAction,
  returnToDraftAction,
  saveArticleAction,
  submitArticleAction,
  unpublishArticleAction,
} from "@/lib/articles/editing/actions";
import { scheduleArticleAction } from "@/lib/scheduling/actions";
import type {
  ArticleConflict,
  ArticleEditorData,
  ArticleFields,
  Transitioned,
} from "@/lib/articles/editing/dto";
import type { ArticleStatus } from "./article-labels";
import { copyGroup, sameFields, type FieldGroup } from "./field-diff";
import { withoutField, type FieldErrors } from "./field-errors";
import { failureState, type ActionFailure } from "./failure-state";
import { SaveScheduler, type SaveMode } from "./save-scheduler";
import type { SaveProblem } from "./save-state";
import { useLocalCopy } from "./use-local-copy";
import { useStateRef } from "./use-state-ref";
import type { TransitionName } from "./workflow-buttons";

const AUTOSAVE_DELAY_MS = 2500;
const RETRY_DELAY_MS = 10_000;

/** What some moves take beside the version: a schedule's times, an admin's override reason. */
export interface TransitionExtra {
  publishAt?: string;
  unpublishAt?: string | null;
  overrideReason?: string;
}

type TransitionCall = (
  input: { id: string; version: number } & TransitionExtra,
) => ReturnType<typeof publishArticleAction>;

// Each action parses its own input on the server and ignores what it does not take.
const TRANSITIONS: Record<TransitionName, TransitionCall> = {
  submit: submitArticleAction,
  publish: publishArticleAction,
  unpublish: unpublishArticleAction,
  returnToDraft: returnToDraftAction,
  schedule: scheduleArticleAction as TransitionCall,
};

export interface Notice {
  kind: "transition" | "took-theirs" | "kept-mine" | "restored";
  text: string;
  transition?: TransitionName;
  /** What "Undo" puts back. */
  undo?: ArticleFields;
}

/**
 * The writer's copy of an article and everything that keeps it safe:
 * autosave, one save at a time, the local copy, conflicts and workflow moves.
 */
export function useArticleDraft(
  data: ArticleEditorData,
  readOnly: boolean,
  /** Told what a workflow move changed beside the status (permissions, dates). */
  onMoved: (moved: Transitioned) => void,
) {
  const [fields, fieldsRef, setFields] = useStateRef(data.fields);
  const [saved, savedRef, setSaved] = useStateRef(data.fields);
  const versionRef = useRef(data.version);
  const [status, statusRef, setStatus] = useStateRef<ArticleStatus>(data.status);
  const [conflict, conflictRef, setConflict] = useStateRef<ArticleConflict | null>(null);
  const [problem, problemRef, setProblem] = useStateRef<SaveProblem | null>(null);
  const [problemText, setProblemText] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  /** Bumped on each explicit failure, so the summary appears and takes focus again; 0 hides it. */
  const [summary, setSummary] = useState(0);
  const [savedAt, setSavedAt] = useState<string | null>(data.updatedAt);
  const [savedSlug, setSavedSlug] = useState(data.fields.slug);
  const [saving, setSaving] = useState(false);
  const [busy, setBusy] = useState<TransitionName | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [bodyKey, setBodyKey] = useState(0);
  const [conflictOpen, setConflictOpen] = useState(false);
  const [everPublished, setEverPublished] = useState(data.publishedAt !== null);
  const readOnlyRef = useRef(readOnly);
  const lastMode = useRef<SaveMode>("save");
  const lastAttempt = useRef<SaveMode>("autosave");
  // "This is a substantive update", sent with the next explicit save of a
  // published article and then cleared: each substantive update is chosen anew.
  const [substantive, substantiveRef, setSubstantive] = useStateRef(false);

  useEffect(() => {
    readOnlyRef.current = readOnly;
  }, [readOnly]);

  const { offer, changed, flush, answer } = useLocalCopy({
    articleId: data.id,
    server: { version: data.version, fields: data.fields },
    enabled: !readOnly,
    read: useCallback(
      () => ({
        fields: fieldsRef.current,
        saved: savedRef.current,
        version: versionRef.current,
        keep: conflictRef.current !== null,
      }),
      [fieldsRef, savedRef, conflictRef],
    ),
  });

  const dirty = useMemo(() => !sameFields(fields, saved), [fields, saved]);
  const locked = readOnly || offer !== null;

  const fail = useCallback(
    (failure: ActionFailure, source: "save" | "transition", explicit: boolean) => {
      const next = failureState(failure, source, explicit);
      setProblemText(next.message);
      if (next.problem) setProblem(next.problem);
      if (next.conflict) {
        setConflict(next.conflict);
        setConflictOpen(true);
      }
      if (next.fieldErrors) setFieldErrors(next.fieldErrors);
      if (next.summary) setSummary((n) => n + 1);
    },
    [setConflict, setProblem],
  );

  const runSave = useCallback(
    async (mode: SaveMode): Promise<boolean> => {
      if (readOnlyRef.current || conflictRef.current || problemRef.current === "missing")
        return false;
      const snapshot = fieldsRef.current;
      if (
        sameFields(snapshot, savedRef.current) &&
        (mode === "autosave" || lastMode.current === "save")
      ) {
        return true;
      }
      lastAttempt.current = mode;
      const sentSubstantive = mode === "save" && substantiveRef.current;
      setSaving(true);
      let result: Awaited<ReturnType<typeof saveArticleAction>>;
      try {
        result = await saveArticleAction({
          id: data.id,
          version: versionRef.current,
          mode,
          fields: snapshot,
          substantive: sentSubstantive,
        });
      } catch {
        setSaving(false);
        setProblem(navigator.onLine === false ? "offline" : "failed");
        return false;
      }
      setSaving(false);
      if (!result.ok) {
        fail(result, "save", mode === "save");
        flush();
        return false;
      }
      versionRef.current = result.data.version;
      lastMode.current = mode;
      if (sentSubstantive) setSubstantive(false);
      setSaved(snapshot);
      setSavedAt(result.data.savedAt);
      setSavedSlug(result.data.slug);
      setStatus(result.data.status as ArticleStatus);
      setProblem(null);
      setProblemText(null);
      setFieldErrors({});
      setSummary(0);
      flush();
      return true;
    },
    [
      data.id,
      fail,
      flush,
      conflictRef,
      problemRef,
      fieldsRef,
      savedRef,
      setSaved,
      setStatus,
      setProblem,
      substantiveRef,
      setSubstantive,
    ],
  );

  const [scheduler] = useState(
    () => new SaveScheduler<boolean>(async () => false, AUTOSAVE_DELAY_MS),
  );
  useEffect(() => scheduler.setRunner(runSave), [scheduler, runSave]);
  useEffect(() => () => scheduler.cancelTimer(), [scheduler]);

  const autosaves = useCallback(
    () =>
      statusRef.current !== "PUBLISHED" &&
      !conflictRef.current &&
      !["signed-out", "forbidden", "missing"].includes(problemRef.current ?? ""),
    [statusRef, conflictRef, problemRef],
  );

  /** Applies an edit made by the writer. */
  const update = useCallback(
    (patch: Partial<ArticleFields>) => {
      if (readOnlyRef.current) return;
      setFields({ ...fieldsRef.current, ...patch });
      setFieldErrors((errors) => Object.keys(patch).reduce(withoutField, errors));
      changed();
      if (autosaves()) scheduler.schedule();
    },
    [fieldsRef, setFields, changed, autosaves, scheduler],
  );

  /** Replaces every field, e.g. with a restored or another person's version. */
  const replace = useCallback(
    (next: ArticleFields) => {
      setFields(next);
      setBodyKey((key) => key + 1);
      changed();
    },
    [setFields, changed],
  );

  const save = useCallback(() => {
    if (conflictRef.current) return Promise.resolve(false);
    setProblem(
      problemRef.current === "signed-out" || problemRef.current === "forbidden"
        ? null
        : problemRef.current,
    );
    return scheduler.request("save");
  }, [scheduler, conflictRef, problemRef, setProblem]);

  // Offline or a failed request: try again when the connection is back, and every few seconds.
  useEffect(() => {
    if (problem !== "offline" && problem !== "failed") return;
    const retry = () => void scheduler.request(lastAttempt.current);
    const interval = setInterval(retry, RETRY_DELAY_MS);
    window.addEventListener("online", retry);
    return () => {
      clearInterval(interval);
      window.removeEventListener("online", retry);
    };
  }, [problem, scheduler]);

  const transition = useCallback(
    async (name: TransitionName, done: string, extra: TransitionExtra = {}): Promise<boolean> => {
      setBusy(name);
      setNotice(null);
      try {
        if (!sameFields(fieldsRef.current, savedRef.current) || scheduler.busy) {
          if (!(await save())) return false;
        }
        let result: Awaited<ReturnType<TransitionCall>>;
        try {
          result = await TRANSITIONS[name]({ id: data.id, version: versionRef.current, ...extra });
        } catch {
          setProblemText("The newsroom could not be reached. Check the connection and try again.");
          setSummary((n) => n + 1);
          return false;
        }
        if (!result.ok) {
          fail(result, "transition", true);
          return false;
        }
        versionRef.current = result.data.version;
        setStatus(result.data.status);
        if (result.data.status === "PUBLISHED") setEverPublished(true);
        // A first publication or a schedule settles a working address on the
        // headline's (lib/articles/editing/headline-slug.ts).
        const slug = result.data.slug;
        const before = savedRef.current.slug;
        if (slug !== before) {
          setSaved({ ...savedRef.current, slug });
          if (fieldsRef.current.slug === before) setFields({ ...fieldsRef.current, slug });
          setSavedSlug(slug);
        }
        setProblemText(null);
        setFieldErrors({});
        setNotice({ kind: "transition", transition: name, text: done });
        flush();
        // Permissions and dates depend on the status: the answer carries them.
        onMoved(result.data);
        return true;
      } finally {
        setBusy(null);
      }
    },
    [
      data.id,
      fail,
      fieldsRef,
      savedRef,
      save,
      scheduler,
      setStatus,
      setSaved,
      setFields,
      flush,
      onMoved,
    ],
  );

  const keepMine = useCallback(async () => {
    const other = conflictRef.current;
    if (!other) return;
    versionRef.current = other.version;
    setConflict(null);
    setConflictOpen(false);
    setProblem(null);
    // Save even if nothing changed since the base: the writer chose this version.
    lastMode.current = "autosave";
    if (await scheduler.request("save")) {
      setNotice({ kind: "kept-mine", text: `Your version was saved over ${other.updatedBy}'s.` });
    }
  }, [conflictRef, setConflict, setProblem, scheduler]);

  const takeTheirs = useCallback(() => {
    const other = conflictRef.current;
    if (!other) return;
    const mine = fieldsRef.current;
    versionRef.current = other.version;
    setSaved(other.fields);
    setSavedAt(other.updatedAt);
    setSavedSlug(other.fields.slug);
    setStatus(other.status);
    setConflict(null);
    setConflictOpen(false);
    setProblem(null);
    setFieldErrors({});
    replace(other.fields);
    setNotice({ kind: "took-theirs", text: `You took ${other.updatedBy}'s version.`, undo: mine });
    flush();
  }, [conflictRef, fieldsRef, setSaved, setStatus, setConflict, setProblem, replace, flush]);

  const copyTheirs = useCallback(
    (group: FieldGroup) => {
      const other = conflictRef.current;
      if (!other) return;
      setFields(copyGroup(fieldsRef.current, other.fields, group));
      if (group.fields.includes("body")) setBodyKey((key) => key + 1);
      changed();
    },
    [conflictRef, fieldsRef, setFields, changed],
  );

  const undoNotice = useCallback(() => {
    if (!notice?.undo) return;
    replace(notice.undo);
    setNotice(null);
    if (autosaves()) scheduler.schedule();
  }, [notice, replace, autosaves, scheduler]);

  const answerRestore = useCallback(
    (restore: boolean) => {
      answer(restore);
      if (!restore || !offer) return;
      versionRef.current = offer.version;
      replace(offer.copy.fields);
      setNotice({ kind: "restored", text: "Your unsaved changes from this device are back." });
      if (autosaves()) scheduler.schedule();
    },
    [offer, answer, replace, autosaves, scheduler],
  );

  return {
    fields,
    status,
    dirty,
    saving,
    problem,
    problemText,
    fieldErrors,
    summary,
    savedAt,
    savedSlug,
    conflict,
    substantive,
    setSubstantive,
    busy,
    notice,
    bodyKey,
    everPublished,
    locked,
    restoreOffer: offer,
    conflictOpen,
    openConflict: () => setConflictOpen(true),
    closeConflict: () => setConflictOpen(false),
    update,
    save,
    transition,
    keepMine,
    takeTheirs,
    copyTheirs,
    undoNotice,
    answerRestore,
    dismissNotice: () => setNotice(null),
  };
}

export type ArticleDraft = ReturnType<typeof useArticleDraft>;
