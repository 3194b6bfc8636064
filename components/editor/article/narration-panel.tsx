"use client";

import { useCallback, useEffect, useState } from "react";
import type { ActionResult } from "@/lib/auth/dto";
import {
  getNarrationPanelAction,
  regenerateNarrationAction,
  removeNarrationAction,
} from "@/lib/narration/actions";
import type { NarrationPanelDto } from "@/lib/narration/dto";
import { formatTime } from "@/lib/dates/format";
import { clockTime } from "@/lib/narration/time-format";
import "../../../app/styles/editor-narration.css";
import type { ArticleStatus } from "./article-labels";
import { useConfirm } from "./confirm-dialog";

const OFFLINE = "The newsroom could not be reached. Check the connection and try again.";
/** How often a narration being made is looked at again. */
const POLL_MS = 3_000;

type PanelResult = ActionResult<NarrationPanelDto>;

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

function jobText(job: NonNullable<NarrationPanelDto["job"]>, timeZone: string): string {
  const version = `version ${job.articleVersion}`;
  switch (job.status) {
    case "PENDING":
      if (job.attempts === 0) return `Waiting to be generated (reads ${version}).`;
      return `Attempt ${job.attempts} of ${job.maxAttempts} failed; trying again at ${formatTime(
        new Date(job.nextAttemptAt),
        timeZone,
      )}.`;
    case "RUNNING":
      return job.chunksTotal
        ? `Generating (${version}): part ${job.chunksDone} of ${job.chunksTotal}.`
        : `Generating (${version})…`;
    case "FAILED":
      return `Failed after ${job.attempts} attempt${job.attempts === 1 ? "" : "s"}.`;
  }
}

/**
 * "Audio narration": what readers hear (with a player), what is being made
 * and how far it got, why it failed, and Regenerate / Remove for those who
 * may manage it. Reads its own data and looks again every few seconds while
 * a narration is on its way, and after every save or workflow move.
 */
export function NarrationPanel({
  articleId,
  status,
  refreshKey,
  timeZone,
}: {
  articleId: string;
  status: ArticleStatus;
  /** Changes after each save or move, when the panel should look again. */
  refreshKey: string;
  timeZone: string;
}) {
  const [panel, setPanel] = useState<NarrationPanelDto | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [busy, setBusy] = useState(false);
  const confirmer = useConfirm();

  const load = useCallback(async () => {
    try {
      const result = await getNarrationPanelAction({ articleId });
      if (result.ok) setPanel(result.data);
      else setProblem(result.error);
    } catch {
      setProblem(OFFLINE);
    }
  }, [articleId]);

  useEffect(() => {
    // The first look, and another after each save or move (a publish queues one).
    const timer = setTimeout(() => void load(), 0);
    return () => clearTimeout(timer);
  }, [load, refreshKey, status]);

  const working = panel?.job?.status === "PENDING" || panel?.job?.status === "RUNNING";
  useEffect(() => {
    if (!working) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void load();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [working, load]);

  async function run(call: () => Promise<PanelResult>, done: string) {
    setBusy(true);
    setProblem(null);
    try {
      const result = await call();
      if (result.ok) {
        setPanel(result.data);
        setAnnouncement(done);
      } else {
        setProblem(result.error);
      }
    } catch {
      setProblem(OFFLINE);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    const confirmed = await confirmer.confirm({
      title: "Remove the audio version?",
      body: "Readers will no longer see the player on this article, and the audio file is deleted. The audit log records it. A later substantive update makes a new one.",
      action: "Remove audio",
    });
    if (confirmed) await run(() => removeNarrationAction({ articleId }), "Audio version removed.");
  }

  const live = panel?.live ?? null;
  const job = panel?.job ?? null;
  const published = status === "PUBLISHED";

  return (
    <section className="ed-panel ae-panel ae-narration" aria-labelledby="panel-narration">
      <h2 id="panel-narration">Audio narration</h2>
      {!panel ? (
        problem ? null : (
          <p className="ae-empty">Loading…</p>
        )
      ) : (
        <>
          <p className="ae-narration-provider">
            {panel.provider.label}
            {panel.provider.voice ? `, voice “${panel.provider.voice}”` : ""}
          </p>
          {panel.provider.problem ? (
            <p className="ae-narration-alert" role="alert">
              {panel.provider.problem}
            </p>
          ) : null}
          {live ? (
            <div className="ae-narration-live">
              <audio controls preload="none" src={live.url} aria-label="The audio readers hear" />
              <p className="ed-hint">
                Live: {clockTime(live.durationMs / 1000)}, {megabytes(live.bytes)}, reads version{" "}
                {live.articleVersion}
                {live.articleVersion < panel.articleVersion
                  ? ` (the article is at ${panel.articleVersion})`
                  : ""}
                {live.generationMs ? `; made in ${(live.generationMs / 1000).toFixed(1)} s` : ""}.
              </p>
            </div>
          ) : !job ? (
            <p className="ae-empty">
              {published
                ? "No audio version."
                : "An audio version is made in the background when the article is published."}
            </p>
          ) : null}
          {job ? (
            <div className="ae-narration-job" data-status={job.status.toLowerCase()}>
              <p>{jobText(job, timeZone)}</p>
              {job.status === "RUNNING" && job.chunksTotal ? (
                <progress
                  max={job.chunksTotal}
                  value={job.chunksDone}
                  aria-label="Narration progress"
                />
              ) : null}
              {job.lastError ? (
                <p className="ae-narration-error">
                  <strong>Error:</strong> {job.lastError}
                </p>
              ) : null}
            </div>
          ) : null}
          {panel.canManage ? (
            <div className="ae-narration-actions">
              {published && panel.provider.name !== "off" ? (
                <button
                  type="button"
                  className="ed-button ae-small"
                  disabled={busy || working}
                  onClick={() =>
                    void run(
                      () => regenerateNarrationAction({ articleId }),
                      "A new audio version is on its way.",
                    )
                  }
                >
                  {live || job ? "Regenerate" : "Generate"}
                </button>
              ) : null}
              {live || job ? (
                <button
                  type="button"
                  className="ed-button ed-button-danger ae-small"
                  disabled={busy}
                  onClick={() => void remove()}
                >
                  Remove
                </button>
              ) : null}
            </div>
          ) : null}
        </>
      )}
      {problem ? (
        <p className="ed-field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {confirmer.dialog}
    </section>
  );
}
