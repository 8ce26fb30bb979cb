// Derives prisma/postgres/schema.prisma from prisma/schema.prisma (the one source of models).
// Only the provider and the generated client's folder differ; the models are copied verbatim.
// Run by `npm run db:generate`; tests/integration/migrations-drift.test.ts fails when the
// committed derived file is stale.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const prismaDir = path.dirname(fileURLToPath(import.meta.url));
export const sourcePath = path.join(prismaDir, "schema.prisma");
export const derivedPath = path.join(prismaDir, "postgres", "schema.prisma");

export function derivePostgresSchema(source: string): string {
  const replaced = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('url      = "file:../data/chatalog.db"', 'url      = "postgresql://localhost/chatalog"')
    .replace('output     = "../lib/generated/sqlite"', 'output     = "../../lib/generated/postgres"');
  if (!replaced.includes('"postgresql"') || !replaced.includes("postgresql://") || !replaced.includes("generated/postgres")) {
    throw new Error("derive-postgres-schema: the datasource or generator block changed shape; update this script");
  }
  const header =
    "// GENERATED from prisma/schema.prisma by prisma/derive-postgres-schema.ts. Do not edit.\n";
  return header + replaced;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  mkdirSync(path.dirname(derivedPath), { recursive: true });
  writeFileSync(derivedPath, derivePostgresSchema(readFileSync(sourcePath, "utf8")));
  console.log(`derived ${path.relative(process.cwd(), derivedPath)}`);
}
