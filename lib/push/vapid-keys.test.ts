import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { getVapidKeys, resetVapidKeysForTests } from "./vapid-keys";

const saved = { ...process.env };
const dirs: string[] = [];

function freshDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chatalog-vapid-"));
  dirs.push(dir);
  return dir;
}

function useEnv(values: Record<string, string | undefined>) {
  for (const key of ["DATA_DIR", "VAPID_PUBLIC_KEY", "VAPID_PRIVATE_KEY", "VAPID_SUBJECT", "NEXTAUTH_URL"]) delete process.env[key];
  Object.assign(process.env, values);
  resetEnvForTests();
  resetVapidKeysForTests();
}

afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
  resetVapidKeysForTests();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("VAPID keys", () => {
  it("are generated on first use into DATA_DIR, readable by the owner only, and the same after a restart", () => {
    const dataDir = freshDataDir();
    useEnv({ DATA_DIR: dataDir });
    const first = getVapidKeys();
    const file = path.join(dataDir, "vapid-keys.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ publicKey: first.publicKey, privateKey: first.privateKey });
    expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(first.subject).toBe("mailto:push@chatalog.invalid");
    resetVapidKeysForTests(); // a restart
    expect(getVapidKeys()).toEqual(first);
  });

  it("come from the environment when set (several instances), with its subject", () => {
    const dataDir = freshDataDir();
    const publicKey = "B".padEnd(87, "x");
    const privateKey = "p".padEnd(43, "y");
    useEnv({ DATA_DIR: dataDir, VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey, VAPID_SUBJECT: "mailto:ops@example.com" });
    expect(getVapidKeys()).toEqual({ publicKey, privateKey, subject: "mailto:ops@example.com" });
    expect(() => statSync(path.join(dataDir, "vapid-keys.json"))).toThrow();
  });

  it("refuse half a pair in the environment", () => {
    useEnv({ DATA_DIR: freshDataDir(), VAPID_PUBLIC_KEY: "B".padEnd(87, "x") });
    expect(() => getVapidKeys()).toThrow(/VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY together/);
  });

  it("use the https app URL as the subject", () => {
    useEnv({ DATA_DIR: freshDataDir(), NEXTAUTH_URL: "https://chatalog.example" });
    expect(getVapidKeys().subject).toBe("https://chatalog.example");
  });
});
