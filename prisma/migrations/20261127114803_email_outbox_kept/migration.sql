-- AlterEnum
ALTER TYPE "EmailStatus" ADD VALUE 'KEPT';
