-- CreateIndex
CREATE INDEX "Article_status_unpublishAt_idx" ON "Article"("status", "unpublishAt");
