import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { httpPoster, Outbox, type OutboxItem, type PostOutcome } from "./outbox";

/** A fake server: answers each post from a script, recording the client ids it received. */
function fakeServer(script: PostOutcome["kind"][]) {
  const received: string[] = [];
  const post = vi.fn(async (item: OutboxItem): Promise<PostOutcome> => {
    received.push(item.clientId);
    const kind = script.shift() ?? "sent";
    return kind === "refused" ? { kind, message: "Messages can be up to 4,000 characters." } : { kind };
  });
  return { post, received };
}

function outboxWith(script: PostOutcome["kind"][]) {
  const server = fakeServer(script);
  let items: OutboxItem[] = [];
  const sent: string[] = [];
  const outbox = new Outbox({ post: server.post, onChange: (next) => (items = next), onSent: (item) => sent.push(item.clientId) });
  return { outbox, server, sent, items: () => items };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("Outbox", () => {
  it("shows a message at once and marks it sent", async () => {
    const { outbox, sent, items } = outboxWith(["sent"]);
    const item = outbox.send("Hello");
    expect(items()[0]).toMatchObject({ body: "Hello", status: "sending" });
    await vi.runAllTimersAsync();
    expect(items()[0]?.status).toBe("sent");
    expect(sent).toEqual([item.clientId]);
  });

  it("retries with backoff and the same id until the network is back", async () => {
    const { outbox, server, items } = outboxWith(["retry", "retry", "sent"]);
    const item = outbox.send("Still there?");
    await vi.advanceTimersByTimeAsync(0);
    expect(items()[0]?.status).toBe("waiting");
    await vi.advanceTimersByTimeAsync(999);
    expect(server.post).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1); // 1 s after the first failure
    expect(server.post).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000); // then 2 s
    expect(items()[0]?.status).toBe("sent");
    expect(new Set(server.received)).toEqual(new Set([item.clientId]));
  });

  it("sends waiting messages at once when the phone comes back online", async () => {
    const { outbox, server, items } = outboxWith(["retry", "retry", "sent"]);
    outbox.send("one");
    await vi.advanceTimersByTimeAsync(1000); // second failure: next try in 2 s
    expect(server.post).toHaveBeenCalledTimes(2);
    outbox.flushWaiting();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.post).toHaveBeenCalledTimes(3);
    expect(items()[0]?.status).toBe("sent");
  });

  it("fails at once with the server's reason when refused, and can be retried", async () => {
    const { outbox, server, items } = outboxWith(["refused", "sent"]);
    const item = outbox.send("x");
    await vi.advanceTimersByTimeAsync(0);
    expect(items()[0]).toMatchObject({ status: "failed", error: "Messages can be up to 4,000 characters." });
    outbox.retry(item.clientId);
    await vi.advanceTimersByTimeAsync(0);
    expect(items()[0]?.status).toBe("sent");
    expect(server.received).toEqual([item.clientId, item.clientId]);
  });

  it("gives up after eight tries without a connection", async () => {
    const { outbox, items } = outboxWith(Array(8).fill("retry"));
    outbox.send("offline");
    await vi.runAllTimersAsync();
    expect(items()[0]).toMatchObject({ status: "failed", error: "Not sent: no connection." });
  });

  it("keeps a message the server says is too fast (429), waits as told each time, and never gives it up", async () => {
    let answers = 0;
    const post = vi.fn(async (): Promise<PostOutcome> => (++answers <= 20 ? { kind: "retry", afterMs: 30_000 } : { kind: "sent" }));
    let items: OutboxItem[] = [];
    const outbox = new Outbox({ post, onChange: (next) => (items = next), onSent: () => undefined });
    outbox.send("One of many after a day offline");
    await vi.advanceTimersByTimeAsync(0);
    expect(items[0]?.status).toBe("waiting");
    await vi.advanceTimersByTimeAsync(29_000);
    expect(post).toHaveBeenCalledTimes(1); // not before the server's time
    await vi.advanceTimersByTimeAsync(19 * 30_000 + 1_000);
    expect(post).toHaveBeenCalledTimes(21);
    expect(items[0]?.status).toBe("sent"); // twenty waits, more than the eight tries a dead network gets
  });

  it("reads 429's Retry-After from the messages API", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ error: { code: "RATE_LIMITED" } }), { status: 429, headers: { "Retry-After": "7" } })));
    try {
      expect(await httpPoster("c1")({ clientId: "abcdefgh", body: "hi", status: "sending" })).toEqual({ kind: "retry", afterMs: 7000 });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("sends a pick made offline to the picks API under the sheet's id, once however often it is handed over", async () => {
    const calls: Array<{ url: string; body: unknown }> = [];
    vi.stubGlobal("fetch", vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      return new Response("{}", { status: calls.length === 1 ? 503 : 201 });
    }));
    try {
      let items: OutboxItem[] = [];
      const outbox = new Outbox({ post: httpPoster("c1"), onChange: (next) => (items = next), onSent: () => undefined });
      outbox.sendPick("pick-abcdefgh", "Pick D-0001 · Red · 2 sets (12 pcs)", { designId: "d1", colour: "Red", sets: 2, note: null });
      outbox.sendPick("pick-abcdefgh", "Pick D-0001 · Red · 2 sets (12 pcs)", { designId: "d1", colour: "Red", sets: 2, note: null }); // a second tap
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ body: "Pick D-0001 · Red · 2 sets (12 pcs)", status: "sending" });
      await vi.advanceTimersByTimeAsync(0);
      expect(items[0]?.status).toBe("waiting"); // the server was busy
      await vi.advanceTimersByTimeAsync(1_000);
      expect(items[0]?.status).toBe("sent");
      expect(calls).toHaveLength(2);
      for (const call of calls) {
        expect(call.url).toBe("/api/conversations/c1/picks");
        expect(call.body).toEqual({ designId: "d1", colour: "Red", sets: 2, note: null, clientId: "pick-abcdefgh" });
      }
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("forgets messages the server now shows", async () => {
    const { outbox, items } = outboxWith(["sent"]);
    const item = outbox.send("hi");
    await vi.runAllTimersAsync();
    outbox.forget(new Set([item.clientId]));
    expect(items()).toEqual([]);
  });
});

describe("Outbox across visits", () => {
  function memoryStore(initial: OutboxItem[] = []) {
    let saved = initial;
    return { load: () => saved, save: (items: OutboxItem[]) => (saved = items), saved: () => saved };
  }

  it("keeps unsent messages in its store and sends them, with the same ids, on the next visit", async () => {
    const store = memoryStore();
    const first = new Outbox({ post: fakeServer(["retry", "retry", "retry"]).post, onChange: () => {}, onSent: () => {}, store });
    const typed = first.send("Typed in the lorry, then the phone died");
    await vi.advanceTimersByTimeAsync(0);
    first.dispose(); // the tab is gone
    expect(store.saved().map((item) => item.clientId)).toEqual([typed.clientId]);

    const server = fakeServer(["sent"]);
    let items: OutboxItem[] = [];
    const next = new Outbox({ post: server.post, onChange: (now) => (items = now), onSent: () => {}, store });
    next.resume();
    expect(items.map((item) => [item.body, item.status])).toEqual([["Typed in the lorry, then the phone died", "sending"]]);
    await vi.runAllTimersAsync();
    expect(server.received).toEqual([typed.clientId]);
    expect(store.saved()).toEqual([]); // sent: nothing left to resend
  });
});
