// The two ways Chatalog runs, one build (issue 14): `single` (the default: one process, SQLite or
// PostgreSQL, photos on local disk, events in the process) and `cluster` (any number of instances
// behind one address). Cluster is only safe when everything an instance keeps is shared, so a
// configuration that cannot work refuses to start and says what to set, instead of running with
// photos that break on the other instance or sessions each instance refuses from the others.
import type { Env } from "@/lib/env";

type ModeEnv = Pick<Env, "CHATALOG_MODE" | "provider" | "PHOTO_STORAGE" | "S3_BUCKET" | "S3_ENDPOINT" | "NEXTAUTH_SECRET" | "VAPID_PUBLIC_KEY" | "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"> & Partial<Pick<Env, "EVENT_NEWS">>;

/** What stops `cluster` from working with this configuration, each with what to set. */
export function clusterProblems(env: ModeEnv): string[] {
  if (env.CHATALOG_MODE !== "cluster") return [];
  const problems: string[] = [];
  if (env.provider !== "postgres") problems.push("DATABASE_URL: cluster mode needs PostgreSQL (postgres://...); SQLite is one machine's file.");
  if (env.PHOTO_STORAGE !== "s3") problems.push("PHOTO_STORAGE: cluster mode needs photos in a shared bucket: set PHOTO_STORAGE=s3 and S3_BUCKET (and S3_ENDPOINT for MinIO, R2 and the like); local disk is one machine's.");
  if (!env.NEXTAUTH_SECRET) problems.push("NEXTAUTH_SECRET: cluster mode needs one secret shared by every instance; otherwise each makes its own and refuses the others' sessions.");
  if (!env.VAPID_PUBLIC_KEY) problems.push("VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY: cluster mode needs one key pair shared by every instance (npx web-push generate-vapid-keys); a device's subscription is bound to it.");
  if (!env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) problems.push("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: cluster mode needs one key for every instance's build (openssl rand -base64 32); otherwise a page served by one instance cannot call the server actions of another.");
  return problems;
}

/** A configuration that cannot work: shown to the person starting the app as its message alone. */
export class ConfigurationError extends Error {}

/** Throws with every problem at once, so one restart fixes them all. */
export function assertModeWorks(env: ModeEnv): void {
  const problems = clusterProblems(env);
  if (problems.length) throw new ConfigurationError(`Chatalog will not start in cluster mode with this configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
}

/** The line printed at start: what this instance is and where its state lives. */
export function describeMode(env: ModeEnv): string {
  const database = env.provider === "postgres" ? "PostgreSQL" : "SQLite";
  const photos = env.PHOTO_STORAGE === "s3" ? `photos in bucket ${env.S3_BUCKET}${env.S3_ENDPOINT ? ` at ${env.S3_ENDPOINT}` : ""}` : "photos on local disk";
  const events = env.provider !== "postgres" ? "events in this process" : env.EVENT_NEWS === "redis" ? "events shared through PostgreSQL, news by Redis" : "events shared through PostgreSQL";
  return `Chatalog mode: ${env.CHATALOG_MODE} (${database}, ${photos}, ${events})`;
}
