-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "leaseExpiresAt" TIMESTAMP(3),
ADD COLUMN     "leaseToken" TEXT;

-- CreateIndex
CREATE INDEX "EmailOutbox_status_leaseExpiresAt_idx" ON "EmailOutbox"("status", "leaseExpiresAt");

-- Rows being sent kept their lease's end in "nextAttemptAt"; it moves to the
-- lease column, under a token no runner holds, so the row is claimed again
-- once that time has passed, exactly as before.
UPDATE "EmailOutbox"
SET "leaseExpiresAt" = "nextAttemptAt", "leaseToken" = 'before-lease-columns'
WHERE "status" = 'SENDING';
