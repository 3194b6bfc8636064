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

-- Custom: fill the new columns for articles that already exist; the trigger
-- above turns them into "searchVector" as they are written. From now on every
-- writer fills them with buildSearchColumns() (lib/search/search-text.ts).
UPDATE "Article" AS a SET
  "searchText" = coalesce((
    SELECT string_agg(t #>> '{}', ' ')
    FROM jsonb_path_query(a."body", 'strict $.**.text ? (@.type() == "string")') AS t
  ), ''),
  "searchNames" = concat_ws(' · ',
    (SELECT string_agg(tg."name", ' · ' ORDER BY at."position")
       FROM "ArticleTag" at JOIN "Tag" tg ON tg."id" = at."tagId" WHERE at."articleId" = a."id"),
    (SELECT string_agg(au."name", ' · ' ORDER BY aa."position")
       FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = a."id"));
