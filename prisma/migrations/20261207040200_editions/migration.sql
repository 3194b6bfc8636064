-- CreateEnum
CREATE TYPE "Edition" AS ENUM ('en', 'uk');

-- DropIndex
DROP INDEX "Section_position_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "edition" "Edition" NOT NULL DEFAULT 'en',
ADD COLUMN     "translationOfId" TEXT;

-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "edition" "Edition" NOT NULL DEFAULT 'en';

-- CreateIndex
CREATE INDEX "Article_edition_status_publishedAt_idx" ON "Article"("edition", "status", "publishedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Article_translationOfId_edition_key" ON "Article"("translationOfId", "edition");

-- CreateIndex
CREATE INDEX "Section_edition_position_idx" ON "Section"("edition", "position");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Custom: existing rows belong to the English edition (the column default
-- above fills them). Ukrainian has no text-search dictionary in PostgreSQL
-- or PGlite, so its stories are indexed with the `simple` configuration over
-- words reduced by "uk_search_stem": lower-cased without regard to the
-- server's locale, ї/є/ґ folded, a common case ending removed and the vowel
-- that alternates in a closed last syllable folded (Київ, Києва, Києві and
-- Києвом all become "киев"). Queries go through the same functions
-- (lib/search/query-sql.ts), so both sides always agree.
CREATE FUNCTION "uk_search_stem"(word text, for_index boolean) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  stem text := translate(word,
    'ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ’''',
    'abcdefghijklmnopqrstuvwxyzабвггдеежзиіійклмнопрстуфхцчшщьюяабвггдеежзиіійклмнопрстуфхцчшщьюя');
  ending text;
BEGIN
  FOREACH ending IN ARRAY ARRAY[
    'ями', 'ами', 'ові', 'еві', 'ого', 'ому', 'ими', 'іми', 'ях', 'ах', 'ям', 'ам',
    'ів', 'ій', 'ий', 'ою', 'ею', 'ом', 'ем', 'ей', 'а', 'я', 'у', 'ю', 'і', 'и', 'е', 'о', 'ь', 'й'
  ] LOOP
    IF char_length(stem) - char_length(ending) >= 3 AND right(stem, char_length(ending)) = ending THEN
      -- "-ів" ends both a plural (шахедів) and a noun whose vowel
      -- alternates (Львів, Львова): the index keeps both readings, and a
      -- query's shorter stem finds either by prefix.
      IF for_index AND ending = 'ів' THEN
        RETURN left(stem, char_length(stem) - 2) || ' ' ||
          regexp_replace(stem, '[іео]([^аеиіоуяюь]*)$', 'е\1');
      END IF;
      stem := left(stem, char_length(stem) - char_length(ending));
      EXIT;
    END IF;
  END LOOP;
  RETURN regexp_replace(stem, '[іео]([^аеиіоуяюь]*)$', 'е\1');
END
$$;

-- Every word of `input` stemmed in place; spaces, quotes and other signs
-- stay, so a web-search query keeps its phrases, OR and exclusions.
CREATE FUNCTION "uk_search_text"(input text, for_index boolean) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT coalesce(string_agg(
    CASE WHEN part[1] ~ '^[A-Za-z0-9АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ’'']'
      THEN "uk_search_stem"(part[1], for_index) ELSE part[1] END, '' ORDER BY position), '')
  FROM regexp_matches(input,
    '([A-Za-z0-9АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ’'']+|[^A-Za-z0-9АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ’'']+)',
    'g') WITH ORDINALITY AS parts(part, position)
$$;

CREATE OR REPLACE FUNCTION "article_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."edition" = 'uk' THEN
    NEW."searchVector" :=
      setweight(to_tsvector('simple'::regconfig, "uk_search_text"(coalesce(NEW."title", ''), true)), 'A') ||
      setweight(to_tsvector('simple'::regconfig, "uk_search_text"(coalesce(NEW."standfirst", ''), true)), 'B') ||
      setweight(to_tsvector('simple'::regconfig, "uk_search_text"(coalesce(NEW."searchNames", ''), true)), 'B') ||
      setweight(to_tsvector('simple'::regconfig, "uk_search_text"(coalesce(NEW."searchText", ''), true)), 'C');
  ELSE
    NEW."searchVector" :=
      setweight(to_tsvector('english'::regconfig, coalesce(NEW."title", '')), 'A') ||
      setweight(to_tsvector('english'::regconfig, coalesce(NEW."standfirst", '')), 'B') ||
      setweight(to_tsvector('english'::regconfig, coalesce(NEW."searchNames", '')), 'B') ||
      setweight(to_tsvector('english'::regconfig, coalesce(NEW."searchText", '')), 'C');
  END IF;
  RETURN NEW;
END
$$;

DROP TRIGGER "Article_search_vector" ON "Article";
CREATE TRIGGER "Article_search_vector"
  BEFORE INSERT OR UPDATE OF "title", "standfirst", "searchNames", "searchText", "edition" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "article_search_vector"();

-- The planner needs the new column's statistics at once: without them it
-- takes every story for a rare edition and walks the date index, reading
-- each story's text vector, instead of ANDing it with the text index
-- (a search went from 26 ms to 130 ms at 100,000 stories until ANALYZE).
ANALYZE "Article", "Section";
