// `npm run db:seed`: add the demo business if it is not there yet (safe to re-run).
import { closeDb, getDb } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed-demo";
import { getEnv } from "@/lib/env";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";
import { printDemoLogins } from "./demo-logins";

const env = getEnv();
await migrateDatabase(env.databaseUrl);
const { seeded } = await seedDemo(getDb(), getPhotoStorage());
await closeDb();
console.log(seeded ? "Demo data added." : "Demo data is already there; nothing changed.");
printDemoLogins();
