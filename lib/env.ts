// Configuration, validated once. Every variable has a safe default for the embedded mode
// (SQLite and local files under ./data), so a fresh clone runs with no .env at all.
// The README's configuration table lists the same variables; keep them in step.
import path from "node:path";
import { z } from "zod";

const databaseUrl = z
  .string()
  .trim()
  .refine((url) => url.startsWith("file:") || /^postgres(ql)?:\/\//.test(url), {
    message: "DATABASE_URL must be a file: URL (SQLite) or a postgres:// URL",
  });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATA_DIR: z.string().trim().min(1).default("./data"),
  DATABASE_URL: databaseUrl.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NEXTAUTH_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  SIGNUPS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** Default in lib/limits.ts; the benchmarks raise it (they post faster than any person). */
  POSTS_PER_CONVERSATION_PER_MINUTE: z.coerce.number().int().min(1).optional(),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  SEED_DEMO_DATA: z.enum(["true", "false"]).optional(),
  // Web Push (VAPID): unset, a key pair is generated into DATA_DIR/vapid-keys.json on first start.
  // Several instances must share one pair (a subscription is bound to the public key).
  VAPID_PUBLIC_KEY: z.string().trim().regex(/^[A-Za-z0-9_-]{87}$/, "VAPID_PUBLIC_KEY must be a base64url P-256 public key (87 characters)").optional(),
  VAPID_PRIVATE_KEY: z.string().trim().regex(/^[A-Za-z0-9_-]{43}$/, "VAPID_PRIVATE_KEY must be a base64url P-256 private key (43 characters)").optional(),
  VAPID_SUBJECT: z.string().trim().regex(/^(mailto:|https:\/\/)\S+$/, "VAPID_SUBJECT must be a mailto: or https: URL").optional(),
  // Push services besides the browsers' own (comma-separated origins): tests and private setups.
  PUSH_EXTRA_ORIGINS: z.string().trim().optional(),
  // One machine, or several behind one address (lib/deploy-mode.ts says what cluster needs).
  CHATALOG_MODE: z.enum(["single", "cluster"]).default("single"),
  // Next reads it itself (at build): instances that build on their own must share it, or a page
  // from one cannot call the server actions of another. Checked here for cluster mode only.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.string().trim().min(16, "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY looks too short: use openssl rand -base64 32").optional(),
  // How instances on PostgreSQL hear that events were written (lib/server/serve.ts starts one of lib/realtime/postgres-relay.ts, redis-relay.ts): the
  // database's own NOTIFY, or Redis pub/sub (REDIS_URL) for sites that write a lot.
  EVENT_NEWS: z.enum(["postgres", "redis"]).default("postgres"),
  REDIS_URL: z.url("REDIS_URL must be a URL such as redis://127.0.0.1:6379").optional(),
  // Where photo bytes live: DATA_DIR/photos, or an S3-compatible bucket (lib/storage/s3-storage.ts).
  PHOTO_STORAGE: z.enum(["local", "s3"]).default("local"),
  S3_BUCKET: z.string().trim().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "S3_BUCKET must be a bucket name (3-63 lower-case letters, digits, dots, hyphens)").optional(),
  S3_ENDPOINT: z.url("S3_ENDPOINT must be a URL such as http://127.0.0.1:9000").optional(),
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().trim().optional(),
  S3_SECRET_ACCESS_KEY: z.string().trim().optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("false"),
}).refine((env) => env.EVENT_NEWS !== "redis" || Boolean(env.REDIS_URL), {
  message: "EVENT_NEWS=redis needs REDIS_URL",
  path: ["REDIS_URL"],
}).refine((env) => Boolean(env.VAPID_PUBLIC_KEY) === Boolean(env.VAPID_PRIVATE_KEY), {
  message: "Set VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY together (or neither)",
  path: ["VAPID_PRIVATE_KEY"],
}).refine((env) => env.PHOTO_STORAGE !== "s3" || Boolean(env.S3_BUCKET), {
  message: "PHOTO_STORAGE=s3 needs S3_BUCKET",
  path: ["S3_BUCKET"],
}).refine((env) => Boolean(env.S3_ACCESS_KEY_ID) === Boolean(env.S3_SECRET_ACCESS_KEY), {
  message: "Set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together (or neither, for the SDK's own chain)",
  path: ["S3_SECRET_ACCESS_KEY"],
});

export type Env = z.infer<typeof envSchema> & {
  dataDir: string;
  databaseUrl: string;
  provider: "sqlite" | "postgres";
  appUrl: string;
  /** Seed the demo business into an empty database: by default only in the embedded (SQLite) mode. */
  seedDemoData: boolean;
};

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  // An empty variable means "not set" (e.g. DATABASE_URL= in a shell or a .env file).
  const set = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const env = parsed.data;
  const dataDir = path.resolve(env.DATA_DIR);
  const databaseUrl = env.DATABASE_URL ?? `file:${path.join(dataDir, "chatalog.db")}`;
  cached = {
    ...env,
    dataDir,
    databaseUrl,
    provider: databaseUrl.startsWith("file:") ? "sqlite" : "postgres",
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === "true" : databaseUrl.startsWith("file:"),
    appUrl: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
  };
  return cached;
}

/** Only for tests that change process.env between cases. */
export function resetEnvForTests(): void {
  cached = undefined;
}
