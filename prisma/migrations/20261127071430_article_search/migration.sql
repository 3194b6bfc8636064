-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchNames" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- Custom: full-text search over the title (weight A), standfirst, tag and
-- author names (B) and the body text (C). The expression must stay identical to
-- SEARCH_VECTOR_SQL in lib/search/queries.ts, or the index is not used.
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ((
  setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
  setweight(to_tsvector('english'::regconfig, "standfirst"), 'B') ||
  setweight(to_tsvector('english'::regconfig, "searchNames"), 'B') ||
  setweight(to_tsvector('english'::regconfig, "searchText"), 'C')
));
