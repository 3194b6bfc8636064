import { staffRoute } from "@/lib/auth/staff-route";
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
    const { chunks, fileName } = result.data;
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
