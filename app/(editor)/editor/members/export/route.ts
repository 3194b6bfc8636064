import { staffRoute } from "@/lib/auth/staff-route";
import { startMemberExport } from "@/lib/membership/csv-export";
import { readMemberParams } from "@/lib/membership/member-params";

/**
 * The member list as CSV, streamed while rows are read a thousand at a
 * time. A GET (a plain link), so it only reads; the export is audited.
 */
export const GET = staffRoute(
  { permission: "member.export", answer: "text" },
  async ({ request, staff }) => {
    const url = new URL(request.url);
    const { page: _page, ...filters } = readMemberParams(Object.fromEntries(url.searchParams));
    const result = await startMemberExport(staff, filters);
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
