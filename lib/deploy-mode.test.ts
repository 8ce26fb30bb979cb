import { describe, expect, it } from "vitest";
import { assertModeWorks, clusterProblems, describeMode } from "./deploy-mode";

const single = { CHATALOG_MODE: "single", provider: "sqlite", PHOTO_STORAGE: "local", S3_BUCKET: undefined, S3_ENDPOINT: undefined, NEXTAUTH_SECRET: undefined, VAPID_PUBLIC_KEY: undefined, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: undefined } as const;
const cluster = { CHATALOG_MODE: "cluster", provider: "postgres", PHOTO_STORAGE: "s3", S3_BUCKET: "chatalog-photos", S3_ENDPOINT: "http://127.0.0.1:9000", NEXTAUTH_SECRET: "x".repeat(40), VAPID_PUBLIC_KEY: "k".repeat(87), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "a".repeat(44) } as const;

describe("the two modes", () => {
  it("runs single as today, whatever is set, and says so", () => {
    expect(clusterProblems(single)).toEqual([]);
    expect(() => assertModeWorks(single)).not.toThrow();
    expect(describeMode(single)).toBe("Chatalog mode: single (SQLite, photos on local disk, events in this process)");
  });

  it("starts cluster only when everything an instance keeps is shared", () => {
    expect(clusterProblems(cluster)).toEqual([]);
    expect(describeMode(cluster)).toBe("Chatalog mode: cluster (PostgreSQL, photos in bucket chatalog-photos at http://127.0.0.1:9000, events shared through PostgreSQL)");
  });

  it("refuses cluster on SQLite, local photos, or without shared secrets, naming what to set", () => {
    const broken = { ...cluster, provider: "sqlite", PHOTO_STORAGE: "local", NEXTAUTH_SECRET: undefined, VAPID_PUBLIC_KEY: undefined, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: undefined } as const;
    const problems = clusterProblems(broken);
    expect(problems.map((problem) => problem.split(":")[0])).toEqual(["DATABASE_URL", "PHOTO_STORAGE", "NEXTAUTH_SECRET", "VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"]);
    expect(() => assertModeWorks(broken)).toThrow(/will not start in cluster mode[\s\S]*PHOTO_STORAGE=s3 and S3_BUCKET/);
    expect(clusterProblems({ ...cluster, PHOTO_STORAGE: "local" })).toHaveLength(1);
  });
});
