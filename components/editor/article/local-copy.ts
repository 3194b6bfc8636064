import type { ArticleFields } from "@/lib/articles/editing/dto";
import { sameFields } from "./field-diff";

/**
 * The copy of a writer's unsaved work kept in the browser, so that a closed
 * tab, a crash, a lost connection or an ended session never loses text.
 * `baseVersion` is the server version the edits were made on top of.
 */
export interface LocalCopy {
  format: 1;
  articleId: string;
  baseVersion: number;
  /** When the copy was last written, ISO 8601, by this device's clock. */
  changedAt: string;
  fields: ArticleFields;
}

type Storage = Pick<globalThis.Storage, "getItem" | "setItem" | "removeItem">;

export const localCopyKey = (articleId: string) => `newsroom:article-draft:${articleId}`;

export function readLocalCopy(storage: Storage, articleId: string): LocalCopy | null {
  let raw: string | null;
  try {
    raw = storage.getItem(localCopyKey(articleId));
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<LocalCopy> | null;
    if (!isLocalCopy(value, articleId)) return null;
    return value;
  } catch {
    return null;
  }
}

/** False when the browser refused (storage full or disabled). */
export function writeLocalCopy(storage: Storage, copy: LocalCopy): boolean {
  try {
    storage.setItem(localCopyKey(copy.articleId), JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

export function removeLocalCopy(storage: Storage, articleId: string): void {
  try {
    storage.removeItem(localCopyKey(articleId));
  } catch {
    // Nothing to do: a copy we cannot remove is offered again, never applied silently.
  }
}

export interface RestoreOffer {
  copy: LocalCopy;
  /**
   * The copy was made on an older version than the server's: someone saved
   * since, so restoring it leads to the conflict screen instead of
   * overwriting their work.
   */
  basedOnOlder: boolean;
  /** The version a restored copy should be saved against. */
  version: number;
}

/** Whether a stored copy holds work the server does not have. */
export function restoreOffer(
  copy: LocalCopy | null,
  server: { version: number; fields: ArticleFields },
): RestoreOffer | null {
  if (!copy || sameFields(copy.fields, server.fields)) return null;
  const basedOnOlder = copy.baseVersion < server.version;
  return { copy, basedOnOlder, version: basedOnOlder ? copy.baseVersion : server.version };
}

function isLocalCopy(value: Partial<LocalCopy> | null, articleId: string): value is LocalCopy {
  const fields = value?.fields as Partial<ArticleFields> | undefined;
  return (
    !!value &&
    value.format === 1 &&
    value.articleId === articleId &&
    Number.isInteger(value.baseVersion) &&
    typeof value.changedAt === "string" &&
    !!fields &&
    typeof fields.title === "string" &&
    typeof fields.slug === "string" &&
    Array.isArray(fields.tagIds) &&
    Array.isArray(fields.authorIds) &&
    fields.body?.type === "doc" &&
    Array.isArray(fields.body.content)
  );
}
