import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIsFresh } from "./build-freshness";

let root: string;

/** Writes `file` under the fake repo with a modification time `secondsFromNow` away. */
function touch(file: string, secondsFromNow: number): void {
  const target = path.join(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, "x");
  const at = new Date(Date.now() + secondsFromNow * 1000);
  utimesSync(target, at, at);
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "build-freshness-"));
  touch("app/page.tsx", -60);
  touch("public/icon.svg", -60);
  touch(".next/BUILD_ID", 0);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("buildIsFresh", () => {
  it("is stale once an app asset in public/ is newer than the build", () => {
    expect(buildIsFresh(root)).toBe(true);
    touch("public/icon.svg", 60);
    expect(buildIsFresh(root)).toBe(false);
  });

  it("stays fresh when the README's screenshots (public/readme) are written after the build", () => {
    touch("public/readme/phone/login.png", 60);
    touch("public/readme/desk/login.png", 60);
    expect(buildIsFresh(root)).toBe(true);
  });
});
