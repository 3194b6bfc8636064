// What a staff action answers, declared beside the wrapper that makes it;
// named here so components take every type from a dto module.
export type { ActionResult } from "./staff-action";
