/** The types of the editions that pages and components use. */
export type { Edition } from "./editions";
export type { Messages } from "./messages";
