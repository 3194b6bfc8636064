-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('NONE', 'ACTIVE', 'PAST_DUE', 'INCOMPLETE', 'CANCELED');

-- CreateEnum
CREATE TYPE "MembershipInterval" AS ENUM ('MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "MembershipEventOutcome" AS ENUM ('APPLIED', 'STALE', 'IGNORED');

-- AlterTable
ALTER TABLE "Newsletter" ADD COLUMN     "membersOnly" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MembershipTier" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "monthlyAmount" INTEGER,
    "annualAmount" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MembershipTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "readerId" TEXT NOT NULL,
    "stripeCustomerId" TEXT NOT NULL,
    "status" "MembershipStatus" NOT NULL DEFAULT 'NONE',
    "tierId" TEXT,
    "interval" "MembershipInterval",
    "amount" INTEGER NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL DEFAULT 'usd',
    "startedAt" TIMESTAMP(3),
    "currentPeriodEnd" TIMESTAMP(3),
    "cancelAtPeriodEnd" BOOLEAN NOT NULL DEFAULT false,
    "endedAt" TIMESTAMP(3),
    "lastEventAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipEvent" (
    "id" TEXT NOT NULL,
    "stripeEventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "membershipId" TEXT,
    "outcome" "MembershipEventOutcome" NOT NULL,
    "status" "MembershipStatus",
    "tierId" TEXT,
    "interval" "MembershipInterval",
    "amount" INTEGER,
    "donation" BOOLEAN NOT NULL DEFAULT false,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MembershipEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "headline" TEXT NOT NULL DEFAULT 'Keep independent journalism going',
    "pitch" TEXT NOT NULL DEFAULT '',
    "faqs" JSONB NOT NULL DEFAULT '[]',
    "supportTitle" TEXT NOT NULL DEFAULT 'Our reporting is paid for by readers',
    "supportText" TEXT NOT NULL DEFAULT '',
    "currency" TEXT NOT NULL DEFAULT 'usd',
    "customAmount" BOOLEAN NOT NULL DEFAULT true,
    "customMinimum" INTEGER NOT NULL DEFAULT 300,
    "donations" BOOLEAN NOT NULL DEFAULT true,
    "donationMinimum" INTEGER NOT NULL DEFAULT 500,
    "hideAsksForMembers" BOOLEAN NOT NULL DEFAULT true,
    "membersOnlyComments" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MembershipSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Membership_readerId_key" ON "Membership"("readerId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_stripeCustomerId_key" ON "Membership"("stripeCustomerId");

-- CreateIndex
CREATE INDEX "Membership_status_startedAt_idx" ON "Membership"("status", "startedAt");

-- CreateIndex
CREATE INDEX "Membership_tierId_idx" ON "Membership"("tierId");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipEvent_stripeEventId_key" ON "MembershipEvent"("stripeEventId");

-- CreateIndex
CREATE INDEX "MembershipEvent_membershipId_occurredAt_idx" ON "MembershipEvent"("membershipId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "MembershipEvent_occurredAt_idx" ON "MembershipEvent"("occurredAt" DESC);

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_readerId_fkey" FOREIGN KEY ("readerId") REFERENCES "Reader"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_tierId_fkey" FOREIGN KEY ("tierId") REFERENCES "MembershipTier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipEvent" ADD CONSTRAINT "MembershipEvent_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The header's "Become a member" slot led to the About page before /membership existed.
UPDATE "SiteSettings"
SET "promoSlots" = REPLACE("promoSlots"::text, '"/about#membership"', '"/membership"')::jsonb
WHERE "promoSlots"::text LIKE '%"/about#membership"%';
