"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/auth/dto";
import { useManageAction } from "./use-manage-action";

/**
 * A consequential action behind a second, explicit confirmation (no browser
 * dialog): the first click explains what will happen; only "confirm" runs it.
 * Refusals (an article still in the section…) show beside the button.
 */
export function ConfirmAction<I, T>({
  action,
  input,
  label,
  confirmLabel,
  question,
  danger = false,
  redirectTo,
  successMessage,
  onDone,
}: {
  action: (input: I) => Promise<ActionResult<T>>;
  input: I;
  label: string;
  confirmLabel: string;
  question: ReactNode;
  danger?: boolean;
  /** Where to go once it is done (e.g. the list after a delete). */
  redirectTo?: string;
  successMessage?: string;
  onDone?: (data: T) => void;
}) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const { pending, failure, message, run } = useManageAction(action, { refresh: !redirectTo });
  const questionId = useId();
  const buttonClass = danger ? "ed-button ed-button-danger" : "ed-button";

  async function confirm() {
    const result = await run(input, (data) => {
      onDone?.(data);
      return successMessage ?? null;
    });
    if (!result.ok) return;
    setAsking(false);
    if (redirectTo) router.push(redirectTo);
  }

  return (
    <div className="em-confirm">
      {asking ? (
        <div className="em-confirm-box" role="group" aria-labelledby={questionId}>
          <div id={questionId}>{question}</div>
          <div className="em-actions">
            <button type="button" className={buttonClass} onClick={confirm} disabled={pending}>
              {pending ? "Working…" : confirmLabel}
            </button>
            <button
              type="button"
              className="ed-button ed-button-quiet"
              onClick={() => setAsking(false)}
              disabled={pending}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={buttonClass} onClick={() => setAsking(true)}>
          {label}
        </button>
      )}
      {failure ? (
        <p className="ed-field-error" role="alert">
          {failure.error}
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {message ? <p className="ed-notice">{message}</p> : null}
      </div>
    </div>
  );
}
