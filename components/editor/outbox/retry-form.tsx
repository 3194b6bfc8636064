import { retryOutboxMessageFormAction } from "@/lib/mail/outbox-actions";

/** "Retry now" for a failed message: a plain form, so it works without JavaScript. */
export function RetryForm({ id }: { id: string }) {
  return (
    <form action={retryOutboxMessageFormAction} className="eo-retry">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="ed-button ed-button-primary">
        Retry now
      </button>
      <p className="ed-hint">Queues it again at once, with a fresh set of attempts.</p>
    </form>
  );
}
