import { GET as exportCsv } from "@/app/(editor)/editor/newsletters/subscribers/export/route";
import { POST as importCsv } from "@/app/(editor)/editor/newsletters/subscribers/import/file/route";

/** Posts a CSV to the import handler as the editor's page does. */
export async function postImport(newsletterId: string, csv: string, mode: "preview" | "import") {
  const form = new FormData();
  form.set("newsletterId", newsletterId);
  form.set("mode", mode);
  form.set("file", new Blob([csv], { type: "text/csv" }), "list.csv");
  const response = await importCsv(
    new Request("http://localhost:3000/editor/newsletters/subscribers/import/file", {
      method: "POST",
      headers: { "sec-fetch-site": "same-origin" },
      body: form,
    }),
  );
  return { status: response.status, body: await response.json() };
}

/** Asks the export handler for a CSV, as the subscribers page's link does. */
export function getExport(search = "") {
  return exportCsv(
    new Request(`http://localhost:3000/editor/newsletters/subscribers/export${search}`),
  );
}
