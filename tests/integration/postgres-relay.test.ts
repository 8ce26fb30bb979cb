// Two instances on one PostgreSQL database: what one publishes reaches the other's subscribers
// through LISTEN/NOTIFY, never echoes back to itself, and long audiences are split to fit.
import { afterEach, describe, expect, it } from "vitest";
import { publish, setRelay, subscribe, type ChatEvent } from "@/lib/realtime/event-bus";
import pg from "pg";
import { envelopes, LISTENER_APPLICATION_NAME, startPostgresRelay, type PostgresRelay } from "@/lib/realtime/postgres-relay";
import { testProvider } from "../support/test-database";

const event: ChatEvent = { type: "message.posted", conversationId: "c1", messageId: "m1", seq: 7, authorId: "u0" };
const relays: PostgresRelay[] = [];

afterEach(async () => {
  setRelay(undefined);
  await Promise.all(relays.splice(0).map((relay) => relay.close()));
});

describe("the PostgreSQL relay between instances", () => {
  it("splits long audiences into notifications under Postgres's payload limit, losing no one", () => {
    const recipients = Array.from({ length: 1000 }, (_, i) => `user-${i}-${"x".repeat(20)}`);
    const payloads = envelopes("instance", recipients, event);
    expect(payloads.length).toBeGreaterThan(1);
    expect(payloads.every((p) => Buffer.byteLength(p) < 8000)).toBe(true);
    expect(payloads.flatMap((p) => (JSON.parse(p) as { to: string[] }).to)).toEqual(recipients);
  });

  it("sends a message view too large for one notification without it (the other side's tabs fetch it)", () => {
    const designs = Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, code: `D-${i}`, title: "Kurti", pricePerPiecePaise: 0, photo: { placeholder: "x".repeat(300), width: 1, height: 1, thumbWebp: "k", thumbJpeg: "k" } }));
    const message = { id: "m1", seq: 7, kind: "DESIGN_POST", body: null, authorId: "u0", authorName: "Owner", authorClientId: "c", createdAt: "2026-12-01T00:00:00.000Z", parent: null, replyCount: 0, designs, pick: null, order: null } as const;
    const big: ChatEvent = { ...event, message, row: { preview: "📷 30 designs", lastMessageAt: message.createdAt, lastSeq: 7 } };
    const [payload] = envelopes("instance", ["meena"], big);
    const sent = JSON.parse(payload!) as { event: Record<string, unknown> };
    expect(Buffer.byteLength(payload!)).toBeLessThan(8000);
    expect(sent.event).toEqual({ ...event });
    const small: ChatEvent = { ...big, message: { ...message, designs: designs.slice(0, 1) } };
    expect((JSON.parse(envelopes("instance", ["meena"], small)[0]!) as { event: ChatEvent }).event).toEqual(small);
  });

  it.runIf(testProvider === "postgres")("carries an event published on one instance to the other instance's subscribers, not back to itself", async () => {
    const url = process.env.DATABASE_URL!;
    const heardByA: string[][] = [];
    const heardByB: string[][] = [];
    const a = await startPostgresRelay(url, { onRemote: (to) => heardByA.push(to) });
    const b = await startPostgresRelay(url, { onRemote: (to) => heardByB.push(to) });
    relays.push(a, b);

    a.send(["meena", "owner"], event);
    await expect.poll(() => heardByB).toEqual([["meena", "owner"]]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heardByA).toEqual([]);
  });

  it.runIf(testProvider === "postgres")("publish delivers here at once and there through the relay", async () => {
    const url = process.env.DATABASE_URL!;
    const local: ChatEvent[] = [];
    const remote: string[][] = [];
    const here = await startPostgresRelay(url);
    const there = await startPostgresRelay(url, { onRemote: (to) => remote.push(to) });
    relays.push(here, there);
    setRelay(here);
    const stop = subscribe("meena", ({ event: e }) => local.push(e));
    publish(["meena", "meena"], event);
    stop();
    expect(local).toEqual([event]);
    await expect.poll(() => remote).toEqual([["meena"]]);
  });

  it.runIf(testProvider === "postgres")("a listener whose connection is killed reconnects, again and again, says so, and hears the other instance again", async () => {
    const url = process.env.DATABASE_URL!;
    const heardByB: string[][] = [];
    let reconnects = 0;
    const a = await startPostgresRelay(url);
    const b = await startPostgresRelay(url, { onRemote: (to) => heardByB.push(to), onReconnected: () => reconnects++ });
    relays.push(a, b);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      // Both instances' listeners are killed (as by a database restart), twice in a row.
      const kill = () => admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()", [LISTENER_APPLICATION_NAME]);
      for (const round of [1, 2]) {
        await kill();
        await expect.poll(() => reconnects, { timeout: 10_000 }).toBe(round);
        const listening = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()", [LISTENER_APPLICATION_NAME]);
        expect(listening.rows[0].n).toBe(2);
      }
      // The database refuses connections for a while: the reconnects fail and keep being tried.
      // (A database cannot be closed from a connection to itself: the maintenance database does it.)
      const name = pg.escapeIdentifier((await admin.query("SELECT current_database() AS name")).rows[0].name as string);
      const maintenanceUrl = new URL(url);
      maintenanceUrl.pathname = "/postgres";
      const maintenance = new pg.Client({ connectionString: maintenanceUrl.toString() });
      await maintenance.connect();
      await maintenance.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      try {
        await kill();
        await new Promise((resolve) => setTimeout(resolve, 2_000)); // two failed tries, at least
        expect(reconnects).toBe(2);
      } finally {
        await maintenance.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
        await maintenance.end();
      }
      await expect.poll(() => reconnects, { timeout: 10_000 }).toBe(3);
      a.send(["meena"], event);
      await expect.poll(() => heardByB, { timeout: 5_000 }).toEqual([["meena"]]);
    } finally {
      await admin.end();
    }
  });
});
