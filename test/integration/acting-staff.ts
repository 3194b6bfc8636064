import type { Staff } from "@/lib/auth/session";

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
