import { staffRoute } from "@/lib/auth/staff-route";
import { csvDownload } from "@/lib/http/csv-download";
import { startSubscriberExport } from "@/lib/newsletters/admin/csv-export";
import { readSubscriberParams } from "@/lib/newsletters/admin/subscriber-params";

/**
 * The subscriber list as CSV, streamed: rows are read a thousand at a time
 * while the file downloads. A GET (a plain link), so it only reads; the
 * export itself is audited by startSubscriberExport.
 */
export const GET = staffRoute(
  { permission: "subscriber.manage", answer: "text" },
  async ({ request, staff }) => {
    const url = new URL(request.url);
    const { page: _page, ...filters } = readSubscriberParams(Object.fromEntries(url.searchParams));
    const result = await startSubscriberExport(staff, filters);
    if (!result.ok) return new Response(result.error, { status: 403 });
    return csvDownload(result.data.chunks, result.data.fileName);
  },
);
