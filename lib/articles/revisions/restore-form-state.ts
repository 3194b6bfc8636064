/** What the restore form shows after a refused try; plain data for the client component. */
export type RestoreFormState =
  | { status: "idle" }
  | {
      status: "conflict" | "failed";
      message: string;
      fieldErrors: string[];
      /** With a conflict: the version someone else saved meanwhile. */
      conflict: { version: number; updatedBy: string; updatedAt: string } | null;
    };

export const initialRestoreFormState: RestoreFormState = { status: "idle" };
