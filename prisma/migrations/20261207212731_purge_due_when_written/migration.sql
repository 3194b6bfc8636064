-- AlterTable
ALTER TABLE "CacheInvalidation" ALTER COLUMN "nextAttemptAt" SET DEFAULT date_trunc('milliseconds', clock_timestamp());
