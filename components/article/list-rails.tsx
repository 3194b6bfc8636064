import { getEditorsPicks } from "@/lib/articles/rails";
import { getMostPopular } from "@/lib/views/queries";
import { Rail } from "./rail";

import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";

/** Most popular and Editors' Picks beside section, tag and author lists. */
export async function ListRails({ edition = "en" }: { edition?: Edition }) {
  const t = messagesFor(edition);
  const [mostPopular, editorsPicks] = await Promise.all([
    getMostPopular(5, edition),
    getEditorsPicks(5, edition),
  ]);
  return (
    <>
      <Rail id="rail-popular" title={t.mostPopular} stories={mostPopular} numbered />
      <Rail id="rail-picks" title={t.editorsPicks} stories={editorsPicks} />
    </>
  );
}
