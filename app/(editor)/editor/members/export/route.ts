import { staffRoute } from "@/lib/auth/staff-route";
import { csvDownload } from "@/lib/http/csv-download";
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
    return csvDownload(result.data.chunks, result.data.fileName);
  },
);
