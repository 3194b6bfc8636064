"use client";

import { ConfirmAction } from "@/components/editor/manage/confirm-action";
import { useManageAction } from "@/components/editor/manage/use-manage-action";
import {
  deleteIssueAction,
  sendIssueTestAction,
  startIssueSendAction,
} from "@/lib/newsletters/issues/actions";

/**
 * A draft's way out: a test copy to oneself, then the real send behind a
 * confirmation that names how many people it goes to. Deleting a draft is
 * here too.
 */
export function IssueSendPanel({
  issueId,
  subject,
  newsletterName,
  newsletterActive,
  recipients,
  staffEmail,
}: {
  issueId: string;
  subject: string;
  newsletterName: string;
  newsletterActive: boolean;
  recipients: number;
  staffEmail: string;
}) {
  const test = useManageAction(sendIssueTestAction, { refresh: false });
  const people = `${recipients.toLocaleString("en")} confirmed ${recipients === 1 ? "subscriber" : "subscribers"}`;
  const blocked = !newsletterActive
    ? `${newsletterName} is turned off; turn it on to send.`
    : recipients === 0
      ? `${newsletterName} has no confirmed subscribers yet.`
      : null;

  return (
    <div className="enl-send">
      <div className="enl-send-step">
        <h3>1. Send yourself a test</h3>
        <p className="ed-hint">
          One copy marked “[Test]” to {staffEmail}, through the outbox like every email.
        </p>
        <button
          type="button"
          className="ed-button"
          disabled={test.pending}
          onClick={() =>
            void test.run({ id: issueId }, (data) => `Test copy queued for ${data.to}.`)
          }
        >
          {test.pending ? "Sending…" : "Send a test to me"}
        </button>
        {test.failure ? (
          <p className="ed-field-error" role="alert">
            {test.failure.error}
          </p>
        ) : null}
        <div role="status" aria-live="polite">
          {test.message ? <p className="ed-notice">{test.message}</p> : null}
        </div>
      </div>
      <div className="enl-send-step">
        <h3>2. Send to subscribers</h3>
        {blocked ? (
          <p className="ed-hint">{blocked}</p>
        ) : (
          <>
            <p className="ed-hint">
              Goes to the {people} of {newsletterName}, in batches in the background. People who
              confirm later get the next issue.
            </p>
            <ConfirmAction
              action={startIssueSendAction}
              input={{ id: issueId }}
              label={`Send to ${people}…`}
              confirmLabel="Send now"
              question={
                <p>
                  Send “{subject}” to {people} of {newsletterName} now? The saved draft goes out, as
                  in the preview. Once started, a send can be stopped but not undone.
                </p>
              }
            />
          </>
        )}
      </div>
      <div className="enl-send-step enl-send-delete">
        <ConfirmAction
          action={deleteIssueAction}
          input={{ id: issueId }}
          label="Delete draft…"
          confirmLabel="Delete for good"
          danger
          redirectTo="/editor/newsletters/issues"
          question={<p>Delete this draft? Nothing has been sent from it.</p>}
        />
      </div>
    </div>
  );
}
