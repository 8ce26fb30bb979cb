// `npm run db:migrate`: apply the configured provider's pending migrations.
import { getEnv } from "@/lib/env";
import { migrateDatabase } from "@/lib/migrations/migrate-database";

const env = getEnv();
const applied = await migrateDatabase(env.databaseUrl);
console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : `Database (${env.provider}) is up to date.`);
