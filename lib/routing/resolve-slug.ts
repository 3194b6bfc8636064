import "server-only";
import { cache } from "react";
import { resolveRoute } from "./routes";

export type { ResolvedSlug } from "./routes";

/** `resolveRoute`, shared by everything that renders one request. */
export const resolveSlug = cache(resolveRoute);
