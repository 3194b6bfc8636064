"use client";

import { createContext, useContext } from "react";
import type { OwnCommentDto } from "@/lib/comments/dto";
import type { Edition } from "@/lib/i18n/dto";
import type { CommentsText } from "./comments-text";

export type Viewer =
  | { state: "anonymous" }
  | {
      state: "reader";
      displayName: string;
      banned: boolean;
      needsMembership: boolean;
      mine: OwnCommentDto[];
    };

export interface CommentsContextValue {
  articleId: string;
  /** The story's edition: the language of the island and of the server's answers. */
  edition: Edition;
  text: CommentsText;
  mode: "OPEN" | "CLOSED";
  /** Only members may post (a membership perk). */
  membersOnly: boolean;
  path: string;
  timeZone: string;
  viewer: Viewer;
  /** Asks the server again who is signed in, and re-renders the cached list. */
  reload: (options?: { list?: boolean }) => void;
  signedOut: () => void;
  /** The comment whose reply or edit form is open, if any. */
  open: { kind: "reply" | "edit"; id: string } | null;
  setOpen: (open: { kind: "reply" | "edit"; id: string } | null) => void;
  /** A short confirmation to announce ("Your comment is published."). */
  notice: string | null;
  setNotice: (notice: string | null) => void;
}

export const CommentsContext = createContext<CommentsContextValue | null>(null);

export function useComments(): CommentsContextValue {
  const value = useContext(CommentsContext);
  if (!value) throw new Error("useComments outside CommentsIsland");
  return value;
}
