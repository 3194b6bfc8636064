-- DropIndex
DROP INDEX "Subscriber_manageTokenHash_key";

-- AlterTable
ALTER TABLE "Subscriber" DROP COLUMN "manageTokenHash",
ADD COLUMN     "linksRevokedAt" TIMESTAMP(3);
