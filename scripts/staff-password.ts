/**
 * `npm run staff:password -- <email>`: gives a staff account a new temporary
 * password, printed once, that must be replaced at the next sign-in, and
 * ends the account's sessions. For an admin locked out, and for demo
 * accounts before a newsroom goes public (the server refuses to start on a
 * public address while they keep their published passwords).
 */
import { hashPassword } from "../lib/auth/password";
import { getDbInstance } from "../lib/db/instance";
import { generateTemporaryPassword } from "../lib/staff/temporary-password";
import { runScript, ScriptError } from "./lib/run-script";

await runScript(async () => {
  const email = process.argv[2]?.trim().toLowerCase();
  if (!email) throw new ScriptError("Usage: npm run staff:password -- <email>");
  const { db, connection } = getDbInstance();
  try {
    const password = generateTemporaryPassword();
    const updated = await db.staffUser.updateMany({
      where: { email },
      data: {
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
        sessionVersion: { increment: 1 },
      },
    });
    if (!updated.count) throw new ScriptError(`No staff account has the address ${email}.`);
    console.log(`${email}: temporary password ${password} (to be replaced at the next sign-in)`);
  } finally {
    await db.$disconnect();
    await connection.close();
  }
});
