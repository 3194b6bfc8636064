-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchNames" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- Custom: keep "searchVector" current on every insert and on every update of
-- the columns it is made from, whoever writes the row.
CREATE FUNCTION "article_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."standfirst", '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."searchNames", '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."searchText", '')), 'C');
  RETURN NEW;
END
$$;

CREATE TRIGGER "Article_search_vector"
  BEFORE INSERT OR UPDATE OF "title", "standfirst", "searchNames", "searchText" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "article_search_vector"();
