// next-auth signs sessions with a secret. When NEXTAUTH_SECRET is not configured (the embedded
// default), one is generated on first run and kept in DATA_DIR/auth-secret, so sessions survive
// restarts without anyone having to invent a secret.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

export function getAuthSecret(): string {
  const env = getEnv();
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.join(env.dataDir, "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(env.dataDir, { recursive: true, mode: 0o700 });
    try {
      // "wx": if another process wrote it first, keep theirs.
      writeFileSync(file, randomBytes(48).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return readFileSync(file, "utf8").trim();
  }
}
