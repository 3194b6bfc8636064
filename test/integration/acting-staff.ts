import { beforeEach } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { truncateAll } from "./database";
import { createStaff } from "./factories";

/**
 * Who the mocked session says is signed in. A test file that calls server
 * actions mocks `getCurrentStaff` to read this:
 *
 *   vi.mock("@/lib/auth/session", async (load) => ({
 *     ...(await load<typeof import("@/lib/auth/session")>()),
 *     getCurrentStaff: async () => actingStaff(),
 *   }));
 *
 * so the actions run exactly as in production from the session onwards.
 */
let current: Staff | null = null;

export function actAs(staff: Staff | null): void {
  current = staff;
}

export function actingStaff(): Staff | null {
  return current;
}

/**
 * Each test of the calling file starts on an empty database, signed in as a
 * new staff member with `role`, or (null) with no one signed in: the usual
 * start of a file that tests actions.
 */
export function startEachTestAs(
  role: NonNullable<Parameters<typeof createStaff>[0]>["role"] | null,
) {
  beforeEach(async () => {
    await truncateAll();
    actAs(role ? await createStaff({ role }) : null);
  });
}
