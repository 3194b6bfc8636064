import { getEditorsPicks } from "@/lib/articles/rails";
import { getMostPopular } from "@/lib/views/queries";
import { Rail } from "./rail";

/** Most popular and Editors' Picks beside section, tag and author lists. */
export async function ListRails() {
  const [mostPopular, editorsPicks] = await Promise.all([getMostPopular(5), getEditorsPicks(5)]);
  return (
    <>
      <Rail id="rail-popular" title="Most popular" stories={mostPopular} numbered />
      <Rail id="rail-picks" title="Editors' Picks" stories={editorsPicks} />
    </>
  );
}
