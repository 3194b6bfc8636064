-- AlterTable
ALTER TABLE "Reader" ADD COLUMN     "lastSignInAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SiteSettings" ADD COLUMN     "commentMaxLinks" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "commentNewReaderHours" INTEGER NOT NULL DEFAULT 24,
ADD COLUMN     "commentWatchWords" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ReaderSignInToken" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "returnTo" TEXT NOT NULL DEFAULT '/',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReaderSignInToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReaderSignInToken_email_createdAt_idx" ON "ReaderSignInToken"("email", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ReaderSignInToken_expiresAt_idx" ON "ReaderSignInToken"("expiresAt");

-- CreateIndex
CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");
