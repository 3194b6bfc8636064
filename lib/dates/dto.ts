// A wall-clock time in the newsroom's zone, declared beside the code that
// converts it; named here so components take every type from a dto module.
export type { ZonedTime } from "./zoned-time";
