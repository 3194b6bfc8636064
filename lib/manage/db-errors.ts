import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * A unique constraint refused the write: someone else took the same value
 * between our check and our insert. Callers turn it into a field error.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
