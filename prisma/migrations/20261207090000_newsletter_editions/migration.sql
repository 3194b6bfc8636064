-- AlterTable: a newsletter belongs to one edition; existing ones are English.
ALTER TABLE "Newsletter" ADD COLUMN     "edition" "Edition" NOT NULL DEFAULT 'en';
