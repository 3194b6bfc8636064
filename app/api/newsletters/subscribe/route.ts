import { handleSubscribe } from "@/lib/newsletters/endpoints";

/** Sign-up forms (article pages, footer, /newsletters). */
export const POST = handleSubscribe;
