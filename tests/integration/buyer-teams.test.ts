// Buyer teams (issue 15, item 6): a buyer invites a colleague with a link; the colleague sees every
// conversation of the buyer (as the shop: the supplier's name on top), reads and writes there under
// their own name, and gets its live events; removing them ends their access with the next request
// and tells their tabs to leave. Only the buyer invites and removes; nobody else sees the team.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getConversation } from "@/lib/conversations/get-conversation";
import { search } from "@/lib/search/search";
import { markConversationRead } from "@/lib/conversations/mark-conversation-read";
import { listConversations } from "@/lib/conversations/list-conversations";
import { acceptInvite } from "@/lib/invites/accept-invite";
import { listMessages } from "@/lib/messages/list-messages";
import { postMessage } from "@/lib/messages/post-message";
import { replayAfter } from "@/lib/realtime/event-log";
import { createTeamInvite, getTeam, removeTeamMember } from "@/lib/teams/buyer-team";
import { confirmOrder } from "@/lib/orders/confirm-order";
import { listMyOrders } from "@/lib/orders/list-my-orders";
import { getTray } from "@/lib/picks/get-tray";
import { pick } from "../support/order-factories";
import { postTestDesigns } from "../support/design-factories";
import { newClientId } from "../support/design-factories";
import { addStaff, createBuyerConversation, createSupplier, createUser } from "../support/factories";
import { rejection } from "../support/rejection";

const tokenOf = (path: string) => path.split("/").pop()!;

/** The newest event id, to replay what a person got after it. */
async function lastEventId(): Promise<number> {
  const row = await getDb().eventLogEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return Number(row?.id ?? 0);
}

async function eventsFor(userId: string, after: number) {
  const replay = await replayAfter(userId, after, await lastEventId());
  if (replay.kind !== "events") throw new Error("reset");
  return replay.events.map((e) => e.event);
}

describe("buyer teams", () => {
  it("any of the shop's team picks into one tray and confirms it; the cards say who did", async () => {
    const { owner, business } = await createSupplier("Silks");
    const { buyer: meena, conversation } = await createBuyerConversation(business.id, "Meena");
    const colleague = await createUser({ name: "Ravi" });
    await acceptInvite(colleague, { token: tokenOf((await createTeamInvite(meena, { conversationId: conversation.id })).path) });
    const album = await postTestDesigns(owner, business.id, conversation.id, [{ photos: 1, colours: ["Red"] }, { photos: 1, colours: ["Red"] }]);

    await pick(meena, conversation.id, album.designs[0]!.id, { sets: 1 });
    const ravisPick = await pick(colleague, conversation.id, album.designs[1]!.id, { sets: 2 });
    const tray = await getTray(colleague, { conversationId: conversation.id });
    expect(tray).toMatchObject({ readOnly: false, designs: 2 });
    expect((await getTray(meena, { conversationId: conversation.id })).picks.map((p) => p.id)).toContain(ravisPick.id);
    expect((await getTray(owner, { conversationId: conversation.id })).readOnly).toBe(true);

    const order = await confirmOrder(colleague, { conversationId: conversation.id, idempotencyKey: newClientId() });
    expect(order.lines).toBe(2);
    const placed = await getDb().order.findUniqueOrThrow({ where: { id: order.id }, select: { buyerId: true, events: { select: { actorId: true } } } });
    expect(placed).toEqual({ buyerId: meena.id, events: [{ actorId: colleague.id }] });
    const card = (await listMessages(owner, { conversationId: conversation.id })).messages.find((m) => m.order?.id === order.id && m.kind === "ORDER");
    expect(card).toMatchObject({ authorName: "Ravi" });
    expect((await getTray(meena, { conversationId: conversation.id })).picks).toEqual([]);
    // Both see the shop's order in My orders.
    for (const person of [meena, colleague]) expect((await listMyOrders(person)).rows.map((o) => o.id)).toEqual([order.id]);
  });

  it("a colleague joins by link, sees all the buyer's chats as the shop, writes in them and gets their events", async () => {
    const silks = await createSupplier("Silks");
    const cottons = await createSupplier("Cottons");
    const { buyer: meena, conversation } = await createBuyerConversation(silks.business.id, "Meena");
    const atCottons = await getDb().conversation.create({ data: { businessId: cottons.business.id, buyerId: meena.id }, select: { id: true } });
    const colleague = await createUser({ name: "Ravi (Meena's shop)" });

    const invite = await createTeamInvite(meena, { conversationId: conversation.id });
    const accepted = await acceptInvite(colleague, { token: tokenOf(invite.path) });
    expect(accepted).toEqual({ kind: "TEAM", businessId: silks.business.id, conversationId: conversation.id });
    // Opening the used link again leads back; nobody else can use it.
    expect(await acceptInvite(colleague, { token: tokenOf(invite.path) })).toEqual(accepted);
    expect(await rejection(acceptInvite(await createUser(), { token: tokenOf(invite.path) }))).toMatchObject({ code: "CONFLICT" });

    const rows = await listConversations(colleague);
    expect(rows.map((r) => r.id).sort()).toEqual([conversation.id, atCottons.id].sort());
    expect(rows.find((r) => r.id === conversation.id)).toMatchObject({ title: "Silks", viewerIsBuyer: true });
    expect(await getConversation(colleague, { conversationId: conversation.id })).toMatchObject({ title: "Silks", viewerIsBuyer: true });
    const page = await listMessages(colleague, { conversationId: conversation.id });
    expect(page.messages.at(-1)).toMatchObject({ kind: "SYSTEM", body: "Ravi (Meena's shop) joined Meena's team" });

    const before = await lastEventId();
    const fromSupplier = await postMessage(silks.owner, { conversationId: conversation.id, clientId: newClientId(), body: "New stock today" });
    const fromColleague = await postMessage(colleague, { conversationId: conversation.id, clientId: newClientId(), body: "Send the price list please" });
    expect((await eventsFor(colleague.id, before)).map((e) => e.type === "message.posted" && e.messageId)).toContain(fromSupplier.id);
    // The supplier sees who wrote it; Meena sees it as her shop's.
    const supplierPage = await listMessages(silks.owner, { conversationId: conversation.id });
    expect(supplierPage.messages.find((m) => m.id === fromColleague.id)).toMatchObject({ authorName: "Ravi (Meena's shop)", mine: false });
    expect((await eventsFor(meena.id, before)).map((e) => e.type === "message.posted" && e.messageId)).toContain(fromColleague.id);

    expect(await getTeam(colleague, { conversationId: atCottons.id })).toMatchObject({ owner: { id: meena.id }, members: [{ id: colleague.id }], viewerIsOwner: false });
  });

  it("receipts go by side: a colleague's reading turns the supplier's ticks, the supplier's turns the colleague's", async () => {
    const { owner, business } = await createSupplier("Silks");
    const staff = await addStaff(business.id);
    const { buyer: meena, conversation } = await createBuyerConversation(business.id, "Meena");
    const colleague = await createUser({ name: "Ravi" });
    await acceptInvite(colleague, { token: tokenOf((await createTeamInvite(meena, { conversationId: conversation.id })).path) });
    await postMessage(owner, { conversationId: conversation.id, clientId: newClientId(), body: "Rates attached" });

    const before = await lastEventId();
    await markConversationRead(colleague, { conversationId: conversation.id });
    const heard = (userId: string) => eventsFor(userId, before).then((events) => events.filter((e) => e.type === "conversation.read"));
    for (const person of [owner, staff, meena]) expect(await heard(person.id)).toMatchObject([{ userId: colleague.id, member: false }]);

    const middle = await lastEventId();
    await markConversationRead(staff, { conversationId: conversation.id });
    const staffReceipt = (userId: string) => eventsFor(userId, middle).then((events) => events.filter((e) => e.type === "conversation.read"));
    for (const person of [colleague, meena]) expect(await staffReceipt(person.id)).toMatchObject([{ userId: staff.id, member: true }]);
    expect(await staffReceipt(owner.id)).toEqual([]); // other members never show a member's receipts
    const page = await listMessages(colleague, { conversationId: conversation.id });
    expect(page.otherSide.readSeq).toBe(page.messages.at(-1)!.seq);
  });

  it("a colleague's search finds the shop's messages and orders, titled by the supplier", async () => {
    const { owner, business } = await createSupplier("Silks");
    const { buyer: meena, conversation } = await createBuyerConversation(business.id, "Meena");
    const colleague = await createUser({ name: "Ravi" });
    await acceptInvite(colleague, { token: tokenOf((await createTeamInvite(meena, { conversationId: conversation.id })).path) });
    await postMessage(owner, { conversationId: conversation.id, clientId: newClientId(), body: "Bandhani restock on Friday" });
    const other = await createBuyerConversation(business.id, "Anjali");
    await postMessage(owner, { conversationId: other.conversation.id, clientId: newClientId(), body: "Bandhani for Anjali only" });

    const found = await search(colleague, { q: "bandhani" });
    expect(found.messages.map((m) => m.body)).toEqual(["Bandhani restock on Friday"]);
    expect(found.messages[0]).toMatchObject({ conversationTitle: "Silks" });
  });

  it("removing a colleague ends their access at once and tells their tabs to leave", async () => {
    const { business } = await createSupplier("Silks");
    const { buyer: meena, conversation } = await createBuyerConversation(business.id, "Meena");
    const colleague = await createUser({ name: "Ravi" });
    await acceptInvite(colleague, { token: tokenOf((await createTeamInvite(meena, { conversationId: conversation.id })).path) });
    await listMessages(colleague, { conversationId: conversation.id });

    const before = await lastEventId();
    await removeTeamMember(meena, { conversationId: conversation.id, userId: colleague.id });
    expect(await eventsFor(colleague.id, before)).toEqual([{ type: "conversation.left", conversationId: conversation.id }]);
    expect(await rejection(listMessages(colleague, { conversationId: conversation.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(postMessage(colleague, { conversationId: conversation.id, clientId: newClientId(), body: "still here?" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await listConversations(colleague)).toEqual([]);
    // What is said afterwards never reaches them.
    const after = await lastEventId();
    await postMessage(meena, { conversationId: conversation.id, clientId: newClientId(), body: "Only us now" });
    expect(await eventsFor(colleague.id, after)).toEqual([]);
    expect(await rejection(removeTeamMember(meena, { conversationId: conversation.id, userId: colleague.id }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("only the buyer invites and removes; the supplier's people, other buyers and strangers cannot see the team", async () => {
    const { owner, business } = await createSupplier("Silks");
    const staff = await addStaff(business.id);
    const { buyer: meena, conversation } = await createBuyerConversation(business.id, "Meena");
    const other = await createBuyerConversation(business.id, "Anjali");
    const colleague = await createUser({ name: "Ravi" });
    await acceptInvite(colleague, { token: tokenOf((await createTeamInvite(meena, { conversationId: conversation.id })).path) });

    expect(await rejection(createTeamInvite(colleague, { conversationId: conversation.id }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await rejection(removeTeamMember(colleague, { conversationId: conversation.id, userId: colleague.id }))).toMatchObject({ code: "FORBIDDEN" });
    for (const outsider of [owner, staff, other.buyer, await createUser()]) {
      expect(await rejection(getTeam(outsider, { conversationId: conversation.id }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejection(createTeamInvite(outsider, { conversationId: conversation.id }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejection(removeTeamMember(outsider, { conversationId: conversation.id, userId: colleague.id }))).toMatchObject({ code: "NOT_FOUND" });
    }
    // A member of the business cannot join a buyer's team, and the buyer cannot join their own.
    expect(await rejection(acceptInvite(staff, { token: tokenOf((await createTeamInvite(meena, { conversationId: conversation.id })).path) }))).toMatchObject({ code: "CONFLICT" });
    expect(await rejection(acceptInvite(meena, { token: tokenOf((await createTeamInvite(meena, { conversationId: conversation.id })).path) }))).toMatchObject({ code: "CONFLICT" });
    // The colleague sees nothing of another buyer's conversation.
    expect(await rejection(listMessages(colleague, { conversationId: other.conversation.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await getDb().buyerTeamMember.count({ where: { ownerId: meena.id } })).toBe(1);
  });
});
