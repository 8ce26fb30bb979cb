// Web Push signs every request with a VAPID key pair (RFC 8292), and a browser's subscription is
// bound to the public key it subscribed with. Unless the environment names a pair (several
// instances must share one), the pair is generated on first start and kept in
// DATA_DIR/vapid-keys.json, readable by the server's user only, like the auth secret.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import webPush from "web-push";
import { z } from "zod";
import { getEnv } from "@/lib/env";

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  /** Who the push service may contact about this sender (mailto: or https:). */
  subject: string;
}

const storedKeys = z.object({ publicKey: z.string().min(80), privateKey: z.string().min(40) });

let cached: VapidKeys | undefined;

function subjectFor(appUrl: string, configured: string | undefined): string {
  if (configured) return configured;
  // Push services want a way to reach the sender; an https app URL is one, else a mailto.
  return appUrl.startsWith("https://") ? appUrl : "mailto:push@chatalog.invalid";
}

function readOrCreateKeyFile(dataDir: string): { publicKey: string; privateKey: string } {
  const file = path.join(dataDir, "vapid-keys.json");
  try {
    return storedKeys.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new Error(`${file} is not a VAPID key pair: delete it to generate a new one`, { cause: error });
  }
  mkdirSync(dataDir, { recursive: true });
  try {
    // "wx": if another process wrote it first, keep theirs.
    writeFileSync(file, JSON.stringify(webPush.generateVAPIDKeys()), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return storedKeys.parse(JSON.parse(readFileSync(file, "utf8")));
}

export function getVapidKeys(): VapidKeys {
  if (cached) return cached;
  const env = getEnv();
  const pair =
    env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY
      ? { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY }
      : readOrCreateKeyFile(env.dataDir);
  cached = { ...pair, subject: subjectFor(env.appUrl, env.VAPID_SUBJECT) };
  return cached;
}

/** Only for tests that change DATA_DIR or the VAPID variables between cases. */
export function resetVapidKeysForTests(): void {
  cached = undefined;
}
