// The chat gateway over real HTTP (lib/server/chat-gateway.ts): two businesses hold event streams
// at once, messages posted through the gateway reach exactly their own audience, and outsiders
// get the same answers as for something missing.
import { randomBytes } from "node:crypto";
import http from "node:http";
import { describe, expect, it } from "vitest";
import { listMessages } from "@/lib/messages/list-messages";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { sessionCookieFor } from "../support/session-cookie";
import { serveGatewayForTests } from "../support/gateway-server";

const gateway = serveGatewayForTests();

const cookieFor = sessionCookieFor;

/** Opens /api/events for a user and collects the events' data until stopped. */
function listen(cookie: string) {
  const events: { type: string; conversationId: string }[] = [];
  let request: http.ClientRequest | undefined;
  const opened = new Promise<number>((resolve) => {
    request = http.get(`${gateway.base}/api/events`, { headers: { cookie } }, (response) => {
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split("\n").find((line) => line.startsWith("data: "));
          if (data) events.push(JSON.parse(data.slice(6)) as { type: string; conversationId: string });
        }
      });
      resolve(response.statusCode ?? 0);
    });
  });
  return { events, opened, stop: () => request?.destroy() };
}

async function post(cookie: string | null, conversationId: string, body: unknown) {
  const response = await fetch(`${gateway.base}/api/conversations/${conversationId}/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(cookie ? { cookie } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as { id?: string; seq?: number; error?: { message: string } } };
}

const clientId = () => randomBytes(10).toString("hex");

describe("the chat gateway", () => {
  it("delivers each business's messages to its own people only, with two businesses connected at once", async () => {
    const a = await createSupplier("Gateway A");
    const b = await createSupplier("Gateway B");
    const meena = await createBuyerConversation(a.business.id, "Meena");
    const zoya = await createBuyerConversation(b.business.id, "Zoya");
    const streams = {
      aOwner: listen(await cookieFor(a.owner)),
      meena: listen(await cookieFor(meena.buyer)),
      bOwner: listen(await cookieFor(b.owner)),
      zoya: listen(await cookieFor(zoya.buyer)),
    };
    expect(await Promise.all(Object.values(streams).map((s) => s.opened))).toEqual([200, 200, 200, 200]);

    const sent = await post(await cookieFor(meena.buyer), meena.conversation.id, { clientId: clientId(), body: "Red in XL?" });
    expect(sent.status).toBe(201);
    const fromB = await post(await cookieFor(b.owner), zoya.conversation.id, { clientId: clientId(), body: "New stock" });
    expect(fromB.status).toBe(201);
    await expect.poll(() => streams.aOwner.events.length + streams.bOwner.events.length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 100)); // anything misdelivered would have arrived by now

    expect(streams.aOwner.events.map((e) => e.conversationId)).toEqual([meena.conversation.id]);
    expect(streams.meena.events.map((e) => e.conversationId)).toEqual([meena.conversation.id]);
    expect(streams.bOwner.events.map((e) => e.conversationId)).toEqual([zoya.conversation.id]);
    expect(streams.zoya.events.map((e) => e.conversationId)).toEqual([zoya.conversation.id]);
    Object.values(streams).forEach((s) => s.stop());
  });

  it("answers outsiders like a missing conversation, the signed-out with 401, and bad bodies clearly", async () => {
    const a = await createSupplier("Gateway C");
    const b = await createSupplier("Gateway D");
    const meena = await createBuyerConversation(a.business.id, "Meena");
    const anjali = await createBuyerConversation(a.business.id, "Anjali");
    const missing = await post(await cookieFor(meena.buyer), "no-such-conversation", { clientId: clientId(), body: "hi" });
    expect(missing.status).toBe(404);
    for (const outsider of [anjali.buyer, b.owner]) {
      const denied = await post(await cookieFor(outsider), meena.conversation.id, { clientId: clientId(), body: "let me in" });
      expect(denied).toEqual(missing);
    }
    expect((await post(null, meena.conversation.id, { clientId: clientId(), body: "hi" })).status).toBe(401);
    expect((await post(await cookieFor(meena.buyer), meena.conversation.id, "not json")).json.error?.message).toBe("The request body must be JSON.");
    expect((await post(await cookieFor(meena.buyer), meena.conversation.id, { clientId: clientId(), body: "x".repeat(4001) })).status).toBe(400);
    const noStream = listen("next-auth.session-token=forged");
    expect(await noStream.opened).toBe(401);
  });

  it("stores a repeated client id once, even when the copies arrive together", async () => {
    const a = await createSupplier("Gateway E");
    const meena = await createBuyerConversation(a.business.id, "Meena");
    const cookie = await cookieFor(meena.buyer);
    const id = clientId();
    const copies = await Promise.all([1, 2, 3, 4].map(() => post(cookie, meena.conversation.id, { clientId: id, body: "Send 5 sets" })));
    expect(new Set(copies.map((c) => c.json.id)).size).toBe(1);
    expect(copies.every((c) => c.status === 201)).toBe(true);
  });

  it("takes receipts for one's own conversations only, and tells the other side", async () => {
    const a = await createSupplier("Gateway F");
    const b = await createSupplier("Gateway G");
    const meena = await createBuyerConversation(a.business.id, "Meena");
    const owner = await cookieFor(a.owner);
    await post(owner, meena.conversation.id, { clientId: clientId(), body: "Dispatch tomorrow" });
    const ownerStream = listen(owner);
    expect(await ownerStream.opened).toBe(200);
    const receipt = (cookie: string | null, conversationId: string) =>
      fetch(`${gateway.base}/api/conversations/${conversationId}/receipts`, { method: "POST", headers: { "Content-Type": "application/json", ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ readSeq: 1 }) });
    const read = await receipt(await cookieFor(meena.buyer), meena.conversation.id);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({ lastReadSeq: 1, lastDeliveredSeq: 1 });
    await expect.poll(() => ownerStream.events.map((e) => e.type)).toContain("conversation.read");
    ownerStream.stop();
    const missing = await receipt(await cookieFor(b.owner), "no-such-conversation");
    const denied = await receipt(await cookieFor(b.owner), meena.conversation.id);
    expect(denied.status).toBe(404);
    expect(await denied.json()).toEqual(await missing.json());
    expect((await receipt(null, meena.conversation.id)).status).toBe(401);
  });

  it("reads pages of messages as the messages API does: the same page for participants, outsiders like a missing conversation", async () => {
    const a = await createSupplier("Gateway H");
    const b = await createSupplier("Gateway I");
    const meena = await createBuyerConversation(a.business.id, "Meena");
    const anjali = await createBuyerConversation(a.business.id, "Anjali");
    for (const body of ["Rates for D-0142?", "Rs 450 a piece", "Send 5 sets"]) await post(await cookieFor(meena.buyer), meena.conversation.id, { clientId: clientId(), body });
    const read = async (cookie: string | null, conversationId: string, query = "") => {
      const response = await fetch(`${gateway.base}/api/conversations/${conversationId}/messages${query}`, { headers: cookie ? { cookie } : {} });
      return { status: response.status, json: (await response.json()) as unknown };
    };
    const page = await read(await cookieFor(a.owner), meena.conversation.id, "?afterSeq=1");
    expect(page.status).toBe(200);
    expect(page.json).toEqual(JSON.parse(JSON.stringify(await listMessages(a.owner, { conversationId: meena.conversation.id, afterSeq: 1 }))));
    expect((page.json as { messages: { body: string }[] }).messages.map((m) => m.body)).toEqual(["Rs 450 a piece", "Send 5 sets"]);
    const missing = await read(await cookieFor(a.owner), "no-such-conversation");
    expect(missing.status).toBe(404);
    for (const outsider of [anjali.buyer, b.owner]) expect(await read(await cookieFor(outsider), meena.conversation.id)).toEqual(missing);
    expect((await read(null, meena.conversation.id)).status).toBe(401);
    expect((await read(await cookieFor(a.owner), meena.conversation.id, "?beforeSeq=-3")).status).toBe(400);
  });
});
