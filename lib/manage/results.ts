import type { Failure } from "@/lib/auth/staff-action";

/** A rule of the data refuses the change (not the form): shown as the form's error. */
export function refused(error: string): Failure {
  return { ok: false, code: "conflict", error };
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}
