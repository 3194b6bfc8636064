"use client";

import { FormAlert } from "@/components/editor/manage/form-kit";
import { useState } from "react";
import { setKeyPointsAction, setLiveStateAction } from "@/lib/liveblog/actions";

/** The key developments (one per line) and the live/ended switch. */
export function LiveSettings({
  articleId,
  state,
  keyPoints,
  onDone,
}: {
  articleId: string;
  state: "LIVE" | "ENDED";
  keyPoints: string[];
  onDone: (message: string) => void;
}) {
  const [points, setPoints] = useState(keyPoints.join("\n"));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  type Outcome = { ok: boolean; error?: string; fieldErrors?: Record<string, string> };
  async function run(work: () => Promise<Outcome>, message: string) {
    setPending(true);
    setError(null);
    const result: Outcome = await work().catch(() => ({
      ok: false,
      error: "That did not go through. Try again.",
    }));
    setPending(false);
    if (result.ok) onDone(message);
    else
      setError(
        result.fieldErrors
          ? Object.values(result.fieldErrors).join(" ")
          : (result.error ?? "Refused."),
      );
  }

  return (
    <section className="ld-settings" aria-labelledby="ld-settings-heading">
      <h2 id="ld-settings-heading" className="ld-heading">
        Key developments
      </h2>
      <label className="ld-label">
        One point per line
        <textarea
          className="ld-input"
          rows={5}
          value={points}
          onChange={(event) => setPoints(event.target.value)}
        />
      </label>
      <FormAlert error={error} />
      <div className="ld-actions">
        <button
          type="button"
          className="ed-button ed-button-primary"
          disabled={pending}
          onClick={() =>
            run(
              () => setKeyPointsAction({ articleId, keyPoints: points.split("\n") }),
              "Key developments saved.",
            )
          }
        >
          Save key developments
        </button>
        <button
          type="button"
          className={state === "LIVE" ? "ed-button ed-button-danger" : "ed-button"}
          disabled={pending}
          onClick={() =>
            run(
              () => setLiveStateAction({ articleId, state: state === "LIVE" ? "ENDED" : "LIVE" }),
              state === "LIVE" ? "The live page has ended." : "The live page is live again.",
            )
          }
        >
          {state === "LIVE" ? "End live coverage" : "Reopen live coverage"}
        </button>
      </div>
    </section>
  );
}
