// Gets the embedded default ready: data folder, migrations, auth secret, demo data when the
// database is empty. Run by `npm start` and `npm run dev`; safe to run any number of times.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { getVapidKeys } from "@/lib/push/vapid-keys";
import { closeDb, getDb } from "@/lib/db";
import { DEMO_BUSINESS_NAME } from "@/lib/demo/demo-data";
import { seedDemo } from "@/lib/demo/seed-demo";
import { assertModeWorks, describeMode } from "@/lib/deploy-mode";
import { exitWithMessage } from "./exit-with-message";
import { getEnv } from "@/lib/env";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { createOwnerOnly, secureDataDir } from "@/lib/storage/data-dir";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";

export async function prepare(): Promise<void> {
  const env = getEnv();
  // Before anything is written: a cluster that cannot work says what to set and stops here.
  assertModeWorks(env);
  console.log(describeMode(env));
  // The database, photos and secret are nobody else's business (lib/storage/data-dir.ts).
  createOwnerOnly();
  secureDataDir(env.dataDir, env.provider === "sqlite" ? [env.databaseUrl.slice("file:".length)] : []);
  const applied = await migrateDatabase(env.databaseUrl);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  getAuthSecret();
  getVapidKeys();
  const db = getDb();
  if (env.seedDemoData && (await db.user.count()) === 0) {
    console.log(`Empty database: adding the demo business (${DEMO_BUSINESS_NAME})...`);
    await seedDemo(db, getPhotoStorage());
  }
  await closeDb();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await prepare().catch(exitWithMessage);
}
