// Issue 13, finding 11: 500 messages from 5 clients in 11 s were all taken. Now one person may post
// POSTS_PER_PERSON_AND_CONVERSATION.points messages a minute into one conversation; the next is
// answered 429 with Retry-After (and the browser's outbox keeps it: lib/messages/outbox.test.ts).
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { POSTS_PER_PERSON_AND_CONVERSATION } from "@/lib/limits";
import { postMessage } from "@/lib/messages/post-message";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { rejection } from "../support/rejection";
import { sessionCookieFor } from "../support/session-cookie";
import { serveGatewayForTests } from "../support/gateway-server";

// The integration setup raises the limit for the other files; this one tests the real number.
process.env.POSTS_PER_CONVERSATION_PER_MINUTE = String(POSTS_PER_PERSON_AND_CONVERSATION.points);
resetEnvForTests();

const gateway = serveGatewayForTests();

const clientId = () => randomBytes(10).toString("hex");
const LIMIT = POSTS_PER_PERSON_AND_CONVERSATION.points;

describe("the posting limit per person and conversation", () => {
  it(`takes ${LIMIT} messages in a burst, answers the next 429 with Retry-After, and stores nothing for it`, async () => {
    const { owner, business } = await createSupplier("Fast Poster");
    const { conversation } = await createBuyerConversation(business.id);
    const cookie = await sessionCookieFor(owner);
    const post = (body: string) =>
      fetch(`${gateway.base}/api/conversations/${conversation.id}/messages`, {
        method: "POST",
        headers: { "Content-Type": "application/json", cookie },
        body: JSON.stringify({ clientId: clientId(), body }),
      });
    for (let i = 0; i < LIMIT; i++) expect((await post(`message ${i}`)).status).toBe(201);
    const refused = await post("one too many");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/very fast/);
    expect(await getDb().message.count({ where: { conversationId: conversation.id, body: "one too many" } })).toBe(0);
  });

  it("counts each conversation and each person apart", async () => {
    const { owner, business } = await createSupplier("Busy Supplier");
    const first = await createBuyerConversation(business.id, "First");
    const second = await createBuyerConversation(business.id, "Second");
    for (let i = 0; i < LIMIT; i++) await postMessage(owner, { conversationId: first.conversation.id, clientId: clientId(), body: `hello ${i}` });
    expect((await rejection(postMessage(owner, { conversationId: first.conversation.id, clientId: clientId(), body: "more" }))).code).toBe("RATE_LIMITED");
    await expect(postMessage(owner, { conversationId: second.conversation.id, clientId: clientId(), body: "hello" })).resolves.toMatchObject({ seq: expect.any(Number) });
    await expect(postMessage(first.buyer, { conversationId: first.conversation.id, clientId: clientId(), body: "hi back" })).resolves.toMatchObject({ seq: expect.any(Number) });
  });
});
