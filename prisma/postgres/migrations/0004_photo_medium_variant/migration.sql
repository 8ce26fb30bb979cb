-- AlterEnum
ALTER TYPE "PhotoVariantKind" ADD VALUE 'MEDIUM';
