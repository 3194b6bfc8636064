-- DropIndex
DROP INDEX "Narration_status_updatedAt_idx";

-- AlterTable
ALTER TABLE "Narration" ADD COLUMN     "chunksDone" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "chunksTotal" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "generationMs" INTEGER,
ADD COLUMN     "leaseExpiresAt" TIMESTAMP(3),
ADD COLUMN     "leaseToken" TEXT,
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "readyAt" TIMESTAMP(3),
ADD COLUMN     "sourceHash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "startedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Narration_status_nextAttemptAt_idx" ON "Narration"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Narration_status_leaseExpiresAt_idx" ON "Narration"("status", "leaseExpiresAt");
