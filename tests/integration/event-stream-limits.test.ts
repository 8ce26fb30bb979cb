// Issue 13, finding 5: one buyer could hold 1,000 event streams. Now a person holds at most
// MAX_EVENT_STREAMS_PER_PERSON: the next one ends their oldest (told not to reconnect), and
// requests without a valid session are limited per address. Over real HTTP, through the chat
// gateway (the Next route shares lib/realtime/event-stream.ts and the anonymous limit).
import http from "node:http";
import { describe, expect, it } from "vitest";
import { ANONYMOUS_STREAM_ATTEMPTS_PER_ADDRESS_PER_MINUTE, MAX_EVENT_STREAMS_PER_PERSON } from "@/lib/limits";
import { openStreamCount } from "@/lib/realtime/event-stream";
import { sessionCookieFor } from "../support/session-cookie";
import { createUser } from "../support/factories";
import { serveGatewayForTests } from "../support/gateway-server";

const gateway = serveGatewayForTests();

interface OpenStream {
  status: number;
  /** Everything received, once the server ended the response. */
  ended: Promise<string>;
  stop(): void;
}

/** Opens /api/events and resolves once the answer's head (and, for a stream, its first line) is in. */
function openStream(headers: Record<string, string>): Promise<OpenStream> {
  return new Promise((resolve) => {
    const request = http.get(`${gateway.base}/api/events`, { headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      const ended = new Promise<string>((done) => response.on("close", () => done(text)));
      const ready = () => resolve({ status: response.statusCode ?? 0, ended, stop: () => request.destroy() });
      response.on("data", (chunk: string) => {
        const first = !text;
        text += chunk;
        if (first) ready();
      });
      if (response.statusCode !== 200) response.on("end", ready);
    });
    request.on("error", () => undefined);
  });
}

const sessionCookie = sessionCookieFor;

describe("event streams per person", () => {
  it(`ends the oldest when a person opens stream number ${MAX_EVENT_STREAMS_PER_PERSON + 1}, and tells it not to come back`, async () => {
    const buyer = await createUser();
    const cookie = await sessionCookie(buyer);
    const streams: OpenStream[] = [];
    for (let i = 0; i < MAX_EVENT_STREAMS_PER_PERSON; i++) streams.push(await openStream({ cookie }));
    expect(streams.every((stream) => stream.status === 200)).toBe(true);
    expect(openStreamCount(buyer.id)).toBe(MAX_EVENT_STREAMS_PER_PERSON);

    const newest = await openStream({ cookie });
    expect(newest.status).toBe(200);
    const oldestText = await streams[0]!.ended;
    expect(oldestText).toContain("event: stream.replaced");
    expect(openStreamCount(buyer.id)).toBe(MAX_EVENT_STREAMS_PER_PERSON);

    // Someone else's streams are their own.
    const other = await openStream({ cookie: await sessionCookie(await createUser()) });
    expect(other.status).toBe(200);
    expect(openStreamCount(buyer.id)).toBe(MAX_EVENT_STREAMS_PER_PERSON);
    for (const stream of [...streams, newest, other]) stream.stop();
  });
});

describe("event stream requests without a session", () => {
  it("are limited per address, and signed-in people at that address are not counted", async () => {
    const address = "203.0.113.77";
    const cookie = await sessionCookie(await createUser());
    for (let i = 0; i < 5; i++) (await openStream({ cookie, "x-forwarded-for": address })).stop();
    for (let i = 0; i < ANONYMOUS_STREAM_ATTEMPTS_PER_ADDRESS_PER_MINUTE; i++) {
      expect((await openStream({ "x-forwarded-for": address, cookie: "next-auth.session-token=forged" })).status).toBe(401);
    }
    const limited = await openStream({ "x-forwarded-for": address });
    expect(limited.status).toBe(429);
    expect((await openStream({ "x-forwarded-for": "203.0.113.78" })).status).toBe(401);
  });
});
