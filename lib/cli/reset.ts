// `npm run db:reset`: wipes the local SQLite database and stored photos after a confirmation
// (or with --yes), then migrates and seeds again. Refuses PostgreSQL: drop that database with
// your own tools, deliberately.
import { rmSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { getEnv } from "@/lib/env";
import { sqliteFilePath } from "@/lib/migrations/migrate-database";

const env = getEnv();
if (env.provider !== "sqlite") {
  console.error("db:reset only wipes the embedded SQLite database. For PostgreSQL, drop and recreate the database yourself.");
  process.exit(1);
}
const file = sqliteFilePath(env.databaseUrl);
if (!process.argv.includes("--yes")) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`This deletes ${file} and every stored photo. Type "reset" to continue: `);
  prompt.close();
  if (answer.trim() !== "reset") {
    console.log("Nothing was deleted.");
    process.exit(0);
  }
}
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
rmSync(path.join(env.dataDir, "photos"), { recursive: true, force: true });
console.log("Local database wiped.");
const { prepare } = await import("./prepare");
await prepare();
console.log("Fresh database ready. Run `npm start`.");
