-- CreateEnum
CREATE TYPE "NewsletterIssueStatus" AS ENUM ('DRAFT', 'SENDING', 'SENT', 'CANCELLED');

-- CreateEnum
CREATE TYPE "IssueDeliveryStatus" AS ENUM ('PENDING', 'QUEUED', 'SENT', 'KEPT', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "NewsletterIssue" (
    "id" TEXT NOT NULL,
    "newsletterId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "intro" TEXT NOT NULL DEFAULT '',
    "articleIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "NewsletterIssueStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT,
    "sendStartedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "sentCount" INTEGER NOT NULL DEFAULT 0,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "skippedCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsletterIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssueDelivery" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "status" "IssueDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "emailId" TEXT,
    "detail" TEXT NOT NULL DEFAULT '',
    "queuedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssueDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NewsletterIssue_newsletterId_createdAt_idx" ON "NewsletterIssue"("newsletterId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "NewsletterIssue_status_idx" ON "NewsletterIssue"("status");

-- CreateIndex
CREATE UNIQUE INDEX "IssueDelivery_emailId_key" ON "IssueDelivery"("emailId");

-- CreateIndex
CREATE INDEX "IssueDelivery_issueId_status_idx" ON "IssueDelivery"("issueId", "status");

-- CreateIndex
CREATE INDEX "IssueDelivery_subscriberId_idx" ON "IssueDelivery"("subscriberId");

-- CreateIndex
CREATE UNIQUE INDEX "IssueDelivery_issueId_subscriberId_key" ON "IssueDelivery"("issueId", "subscriberId");

-- AddForeignKey
ALTER TABLE "NewsletterIssue" ADD CONSTRAINT "NewsletterIssue_newsletterId_fkey" FOREIGN KEY ("newsletterId") REFERENCES "Newsletter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsletterIssue" ADD CONSTRAINT "NewsletterIssue_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueDelivery" ADD CONSTRAINT "IssueDelivery_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "NewsletterIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueDelivery" ADD CONSTRAINT "IssueDelivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;
