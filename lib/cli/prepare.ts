// Gets the embedded default ready: data folder, migrations, auth secret, demo data when the
// database is empty. Run by `npm start` and `npm run dev`; safe to run any number of times.
import { mkdirSync } from "node:fs";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { closeDb, getDb } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed-demo";
import { getEnv } from "@/lib/env";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { getPhotoStorage } from "@/lib/storage/local-disk-storage";

export async function prepare(): Promise<{ seeded: boolean }> {
  const env = getEnv();
  mkdirSync(env.dataDir, { recursive: true });
  const applied = await migrateDatabase(env.databaseUrl);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  getAuthSecret();
  let seeded = false;
  if (env.SEED_DEMO_DATA === "true") {
    const db = getDb();
    if ((await db.user.count()) === 0) {
      console.log("Empty database: adding the demo business (Surat Silk House)...");
      seeded = (await seedDemo(db, getPhotoStorage())).seeded;
    }
  }
  await closeDb();
  return { seeded };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await prepare();
}
