-- AlterEnum
ALTER TYPE "PhotoVariantKind" ADD VALUE 'LARGE';
