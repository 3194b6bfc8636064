"use client";

import { ConfirmAction } from "@/components/editor/manage/confirm-action";
import { deleteMediaAction } from "@/lib/media/actions";

/**
 * Delete, offered only for an image nothing uses; the action checks again,
 * so one placed meanwhile is refused with the list of places.
 */
export function MediaDelete({ id, usedIn }: { id: string; usedIn: number }) {
  if (usedIn > 0) {
    return (
      <p className="ed-hint">
        Used in {usedIn} {usedIn === 1 ? "place" : "places"} (listed under “Where it is used”). Take
        it out there before deleting it.
      </p>
    );
  }
  return (
    <ConfirmAction
      action={deleteMediaAction}
      input={{ id }}
      label="Delete image…"
      confirmLabel="Delete for good"
      danger
      redirectTo="/editor/media"
      question={
        <p>
          Delete this image and its resized copies? Its address will stop working, also for anyone
          who saved it.
        </p>
      }
    />
  );
}
