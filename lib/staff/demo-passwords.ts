import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { DEMO_STAFF } from "@/lib/seed/demo-settings";

/**
 * Demo accounts whose password is still the one printed in the README. A
 * newsroom seeded on a laptop and then put online would otherwise publish
 * its admin login; the server refuses to start on a public address while
 * any is left (instrumentation-node.ts).
 */
export async function accountsWithDemoPasswords(): Promise<string[]> {
  const rows = await db.staffUser.findMany({
    where: { email: { in: DEMO_STAFF.map((staff) => staff.email) }, active: true },
    select: { email: true, passwordHash: true },
  });
  const found: string[] = [];
  for (const row of rows) {
    const demo = DEMO_STAFF.find((staff) => staff.email === row.email);
    if (demo && (await verifyPassword(row.passwordHash, demo.password))) found.push(row.email);
  }
  return found;
}
