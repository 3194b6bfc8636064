-- CreateEnum
CREATE TYPE "LiveBlogState" AS ENUM ('LIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "LiveUpdateStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'PUBLISHED');

-- AlterEnum
ALTER TYPE "ArticleType" ADD VALUE 'LIVE_BLOG';

-- CreateTable
CREATE TABLE "LiveBlog" (
    "articleId" TEXT NOT NULL,
    "state" "LiveBlogState" NOT NULL DEFAULT 'LIVE',
    "coverageStartAt" TIMESTAMP(3),
    "coverageEndAt" TIMESTAMP(3),
    "keyPoints" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "lastUpdateAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveBlog_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "LiveUpdate" (
    "id" TEXT NOT NULL,
    "liveBlogId" TEXT NOT NULL,
    "authorId" TEXT,
    "createdById" TEXT,
    "title" TEXT NOT NULL DEFAULT '',
    "body" JSONB NOT NULL,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "status" "LiveUpdateStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveBlog_state_idx" ON "LiveBlog"("state");

-- CreateIndex
CREATE INDEX "LiveUpdate_liveBlogId_status_publishedAt_idx" ON "LiveUpdate"("liveBlogId", "status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "LiveUpdate_status_publishedAt_idx" ON "LiveUpdate"("status", "publishedAt");

-- AddForeignKey
ALTER TABLE "LiveBlog" ADD CONSTRAINT "LiveBlog_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveUpdate" ADD CONSTRAINT "LiveUpdate_liveBlogId_fkey" FOREIGN KEY ("liveBlogId") REFERENCES "LiveBlog"("articleId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveUpdate" ADD CONSTRAINT "LiveUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveUpdate" ADD CONSTRAINT "LiveUpdate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
