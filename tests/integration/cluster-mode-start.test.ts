// Cluster mode that cannot work refuses to start (issue 14): `npm start`'s first step, run as a
// real process, exits with what to set, before it writes anything.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "chatalog-cluster-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function prepareWith(extra: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, SEED_DEMO_DATA: "false" };
  for (const name of Object.keys(env)) if (/^(DATABASE_URL|PHOTO_STORAGE|S3_|NEXTAUTH_SECRET|VAPID_|CHATALOG_MODE|NEXT_SERVER_ACTIONS)/.test(name)) delete env[name];
  return spawnSync(path.resolve("node_modules/.bin/tsx"), ["lib/cli/prepare.ts"], { env: { ...env, ...extra }, encoding: "utf8", timeout: 60_000 });
}

describe("starting in cluster mode", () => {
  it("refuses SQLite and local photos, saying what to set, and writes nothing", () => {
    const result = prepareWith({ CHATALOG_MODE: "cluster" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Chatalog will not start in cluster mode");
    expect(result.stderr).toContain("DATABASE_URL: cluster mode needs PostgreSQL");
    expect(result.stderr).toContain("PHOTO_STORAGE=s3 and S3_BUCKET");
    expect(result.stderr).toContain("NEXTAUTH_SECRET");
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(existsSync(path.join(dataDir, "chatalog.db"))).toBe(false);
  });

  it("starts single mode as before and says which mode it is", () => {
    const result = prepareWith({});
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Chatalog mode: single (SQLite, photos on local disk, events in this process)");
  });
});
