"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { LiveDeskDto, StaffUpdateDto } from "@/lib/liveblog/dto";
import { LiveComposer } from "./live-composer";
import { LiveSettings } from "./live-settings";
import { UpdateList } from "./update-list";

/** Colleagues' updates appear on the desk this often without a reload. */
const REFRESH_MS = 10_000;

/**
 * The live desk: the composer beside the stream as staff see it (drafts
 * and schedules too), the key developments and the live/ended switch.
 */
export function LiveDesk({ desk }: { desk: LiveDeskDto }) {
  const router = useRouter();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const editing: StaffUpdateDto | null =
    desk.updates.find((update) => update.id === editingId) ?? null;

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);

  const done = (text: string) => {
    setMessage(text);
    setEditingId(null);
    router.refresh();
  };

  return (
    <div className="ld-desk">
      <div className="ld-main">
        <LiveComposer
          key={editing ? `${editing.id}:${editing.version}` : "new"}
          liveBlogId={desk.article.id}
          editing={editing}
          media={desk.media}
          canPost={desk.allowed.post}
          canUpload={desk.allowed.upload}
          timeZone={desk.timeZone}
          onDone={done}
          onCancelEdit={() => setEditingId(null)}
        />
        <p className="ld-message" role="status">
          {message}
        </p>
        {desk.allowed.manage ? (
          <LiveSettings
            articleId={desk.article.id}
            state={desk.state}
            keyPoints={desk.keyPoints}
            onDone={done}
          />
        ) : null}
      </div>
      <UpdateList
        updates={desk.updates}
        timeZone={desk.timeZone}
        canPin={desk.allowed.pin}
        editingId={editingId}
        onEdit={setEditingId}
        onDone={done}
      />
    </div>
  );
}
