import { handleUnsubscribeGet, handleUnsubscribePost } from "@/lib/newsletters/endpoints";

/** The List-Unsubscribe URL of every newsletter email (RFC 8058 one-click on POST). */
export const GET = handleUnsubscribeGet;
export const POST = handleUnsubscribePost;
