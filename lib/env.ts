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
  LOGIN_MAX_FAILURES_PER_NUMBER: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  LOGIN_BLOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  SIGNUPS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  SEED_DEMO_DATA: z.enum(["true", "false"]).optional(),
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
