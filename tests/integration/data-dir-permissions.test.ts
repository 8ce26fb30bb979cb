// Issue 13, finding 10: the SQLite database was readable by every local user (0644) while the auth
// secret was 0600. Now `npm start`'s preparation (lib/cli/prepare.ts) makes DATA_DIR and everything
// in it owner-only, for a fresh folder and for one an older version left open.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { prepare } from "@/lib/cli/prepare";
import { closeDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { testProvider } from "../support/test-database";

const mode = (file: string) => statSync(file).mode & 0o777;
const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL, SEED_DEMO_DATA: process.env.SEED_DEMO_DATA };
const folders: string[] = [];

afterEach(async () => {
  await closeDb();
  Object.assign(process.env, saved);
  resetEnvForTests();
  process.umask(0o022);
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs the start-up preparation on its own SQLite database in `dataDir`. */
async function prepareIn(dataDir: string) {
  process.env.DATA_DIR = dataDir;
  process.env.DATABASE_URL = `file:${path.join(dataDir, "chatalog.db")}`;
  process.env.SEED_DEMO_DATA = "false";
  resetEnvForTests();
  await closeDb();
  await prepare();
}

function tempParent(): string {
  mkdirSync("tests/.tmp", { recursive: true });
  const parent = mkdtempSync(path.resolve("tests/.tmp/data-dir-"));
  folders.push(parent);
  return parent;
}

describe.runIf(testProvider === "sqlite")("DATA_DIR on start", () => {
  it("is created owner-only, with the database and the auth secret", async () => {
    process.umask(0o022); // what a shell usually has
    const dataDir = path.join(tempParent(), "data");
    await prepareIn(dataDir);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, "chatalog.db"))).toBe(0o600);
    expect(mode(path.join(dataDir, "auth-secret"))).toBe(0o600);
  });

  it("tightens a folder an older version left open, and everything in it", async () => {
    process.umask(0o022);
    const dataDir = path.join(tempParent(), "data");
    mkdirSync(path.join(dataDir, "photos", "ab"), { recursive: true });
    writeFileSync(path.join(dataDir, "photos", "ab", "abcdef.webp"), "bytes");
    writeFileSync(path.join(dataDir, "chatalog.db"), "");
    for (const dir of [dataDir, path.join(dataDir, "photos"), path.join(dataDir, "photos", "ab")]) chmodSync(dir, 0o755);
    chmodSync(path.join(dataDir, "photos", "ab", "abcdef.webp"), 0o644);
    chmodSync(path.join(dataDir, "chatalog.db"), 0o644);

    await prepareIn(dataDir);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, "photos"))).toBe(0o700);
    expect(mode(path.join(dataDir, "photos", "ab"))).toBe(0o700);
    expect(mode(path.join(dataDir, "photos", "ab", "abcdef.webp"))).toBe(0o600);
    expect(mode(path.join(dataDir, "chatalog.db"))).toBe(0o600);
  });
});

describe("photos on local disk", () => {
  it("are written owner-only, whatever the umask", async () => {
    process.umask(0o022);
    const root = path.join(tempParent(), "photos");
    const storage = new LocalDiskStorage(root);
    const key = `${"a".repeat(64)}.webp`;
    await storage.put(key, Buffer.from("bytes"));
    const file = storage.pathFor(key);
    expect(mode(file)).toBe(0o600);
    expect(mode(path.dirname(file))).toBe(0o700);
  });
});
