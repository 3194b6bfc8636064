-- CreateEnum
CREATE TYPE "PurgeStatus" AS ENUM ('NONE', 'PENDING', 'SENDING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "CacheInvalidation" (
    "id" BIGSERIAL NOT NULL,
    "tags" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT clock_timestamp(),
    "purgeStatus" "PurgeStatus" NOT NULL DEFAULT 'PENDING',
    "purgeRound" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT clock_timestamp(),
    "leaseToken" TEXT,
    "leaseExpiresAt" TIMESTAMP(3),
    "edgesDone" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "lastError" TEXT NOT NULL DEFAULT '',
    "purgedAt" TIMESTAMP(3),

    CONSTRAINT "CacheInvalidation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CacheInvalidation_createdAt_idx" ON "CacheInvalidation"("createdAt");

-- CreateIndex
CREATE INDEX "CacheInvalidation_purgeStatus_nextAttemptAt_idx" ON "CacheInvalidation"("purgeStatus", "nextAttemptAt");
