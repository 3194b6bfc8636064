// What reader-facing commands answer, declared beside its helpers; named
// here so components take every type from a dto module.
export type { ReaderResult } from "./results";
