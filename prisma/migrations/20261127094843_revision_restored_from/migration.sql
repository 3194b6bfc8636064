-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "restoredFromVersion" INTEGER;
