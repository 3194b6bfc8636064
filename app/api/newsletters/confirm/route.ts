import { handleConfirm } from "@/lib/newsletters/endpoints";

/** The button on /newsletters/confirm: the only way a subscription is confirmed. */
export const POST = handleConfirm;
