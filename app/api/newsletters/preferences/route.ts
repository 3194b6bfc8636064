import { handlePreferences } from "@/lib/newsletters/endpoints";

/** The form on a reader's preferences page (/newsletters/manage). */
export const POST = handlePreferences;
