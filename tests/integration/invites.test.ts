import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { acceptInvite } from "@/lib/invites/accept-invite";
import { createInvite } from "@/lib/invites/create-invite";
import { getInviteByToken } from "@/lib/invites/get-invite-by-token";
import { hashInviteToken } from "@/lib/invites/invite-token";
import { listInvites } from "@/lib/invites/list-invites";
import { revokeInvite } from "@/lib/invites/revoke-invite";
import { signUpWithInvite } from "@/lib/invites/sign-up-with-invite";
import { addStaff, createBuyerConversation, createInviteToken, createSupplier, createUser, tableCounts, uniquePhone } from "../support/factories";
import { rejection } from "../support/rejection";


describe("creating invites", () => {
  it("stores only the token's hash, pre-fills the buyer, and expires in 7 days", async () => {
    const { owner, business } = await createSupplier();
    const invite = await createInvite(owner, { businessId: business.id, kind: "BUYER", name: "Meena", phone: "98123 45678" });
    const token = invite.path.split("/").pop()!;
    const row = await getDb().invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(row.tokenHash).toBe(hashInviteToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.phone).toBe("+919812345678");
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 1);
  });

  it("leaves staff invites to owners: staff can neither see nor cancel them", async () => {
    const { owner, business } = await createSupplier();
    const staff = await addStaff(business.id);
    const staffInvite = await createInviteToken(owner, business.id, "STAFF");
    const buyerInvite = await createInviteToken(staff, business.id, "BUYER");
    expect((await listInvites(staff, { businessId: business.id })).map((i) => i.id)).toEqual([buyerInvite.id]);
    expect((await rejection(revokeInvite(staff, { inviteId: staffInvite.id }))).code).toBe("NOT_FOUND");
    await revokeInvite(staff, { inviteId: buyerInvite.id });
    expect((await listInvites(owner, { businessId: business.id })).map((i) => i.status).sort()).toEqual(["OPEN", "REVOKED"]);
  });

  it("lets staff invite buyers but not staff", async () => {
    const { business } = await createSupplier();
    const staff = await addStaff(business.id);
    await expect(createInvite(staff, { businessId: business.id, kind: "BUYER" })).resolves.toBeDefined();
    const before = await tableCounts();
    expect((await rejection(createInvite(staff, { businessId: business.id, kind: "STAFF" }))).code).toBe("NOT_FOUND");
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses a buyer of business A every invite action on business B, like a missing business", async () => {
    const a = await createSupplier("A");
    const b = await createSupplier("B");
    const { buyer } = await createBuyerConversation(a.business.id);
    const bInvite = await createInviteToken(b.owner, b.business.id);
    const before = await tableCounts();
    const create = await rejection(createInvite(buyer, { businessId: b.business.id, kind: "BUYER" }));
    const missing = await rejection(createInvite(buyer, { businessId: "no-such-business", kind: "BUYER" }));
    expect(create.code).toBe("NOT_FOUND");
    expect(create.message).toBe(missing.message);
    expect((await rejection(listInvites(buyer, { businessId: b.business.id }))).code).toBe("NOT_FOUND");
    expect((await rejection(revokeInvite(buyer, { inviteId: bInvite.id }))).code).toBe("NOT_FOUND");
    // Another business's owner cannot revoke it either.
    expect((await rejection(revokeInvite(a.owner, { inviteId: bInvite.id }))).code).toBe("NOT_FOUND");
    expect(await tableCounts()).toEqual(before);
    expect((await getDb().invite.findUniqueOrThrow({ where: { id: bInvite.id } })).revokedAt).toBeNull();
  });
});

describe("using invites", () => {
  it("opens a conversation for the buyer with a system line, and the supplier sees it", async () => {
    const { owner, business } = await createSupplier();
    const { token } = await createInviteToken(owner, business.id);
    const buyer = await createUser({ name: "Kavya" });
    const accepted = await acceptInvite(buyer, { token });
    expect(accepted.kind).toBe("BUYER");
    const conversation = await getDb().conversation.findFirstOrThrow({ where: { businessId: business.id, buyerId: buyer.id }, include: { messages: true } });
    expect(accepted.kind === "BUYER" && accepted.conversationId).toBe(conversation.id);
    expect(conversation.messages.map((m) => m.body)).toEqual(["Kavya joined through an invite link"]);
    expect(conversation.lastMessagePreview).toBe("Kavya joined through an invite link");
  });

  it("signs up a new buyer and accepts in one step", async () => {
    const { owner, business } = await createSupplier();
    const { token } = await createInviteToken(owner, business.id);
    const phone = uniquePhone();
    const result = await signUpWithInvite({ token, name: "New Buyer", phone, password: "long enough" });
    const conversation = await getDb().conversation.findFirstOrThrow({ where: { businessId: business.id, buyer: { phone } } });
    expect(result?.kind === "BUYER" && result.conversationId).toBe(conversation.id);
  });

  it("does not say that a number already has an account: no error, the link stays open, nothing changes", async () => {
    const { owner, business } = await createSupplier();
    const { token } = await createInviteToken(owner, business.id);
    const existing = await createUser();
    const before = await tableCounts();
    await expect(signUpWithInvite({ token, name: "Someone", phone: existing.phone, password: "long enough" })).resolves.toBeNull();
    expect(await tableCounts()).toEqual(before);
    expect((await getInviteByToken(token)).status).toBe("OPEN");
  });

  it("answers a dead link the same for a number with an account and one without", async () => {
    const { owner, business } = await createSupplier("Surat Silk");
    const { token } = await createInviteToken(owner, business.id);
    await acceptInvite(await createUser(), { token });
    const existing = await createUser();
    const before = await tableCounts();
    const forExisting = await rejection(signUpWithInvite({ token, name: "Late", phone: existing.phone, password: "long enough" }));
    const forNew = await rejection(signUpWithInvite({ token, name: "Late", phone: uniquePhone(), password: "long enough" }));
    expect({ code: forExisting.code, message: forExisting.message, fields: forExisting.fields }).toEqual({ code: forNew.code, message: forNew.message, fields: forNew.fields });
    expect(forNew.message).toMatch(/already been used/);
    expect(await tableCounts()).toEqual(before);
  });

  it("makes a staff member from a staff invite", async () => {
    const { owner, business } = await createSupplier();
    const { token } = await createInviteToken(owner, business.id, "STAFF");
    const person = await createUser();
    await acceptInvite(person, { token });
    const membership = await getDb().membership.findUniqueOrThrow({ where: { businessId_userId: { businessId: business.id, userId: person.id } } });
    expect(membership.role).toBe("STAFF");
  });

  it("works once: a used link is refused with a clear message and nothing changes", async () => {
    const { owner, business } = await createSupplier("Surat Silk");
    const { token } = await createInviteToken(owner, business.id);
    await acceptInvite(await createUser(), { token });
    const late = await createUser();
    const before = await tableCounts();
    const error = await rejection(acceptInvite(late, { token }));
    expect(error.message).toBe("This invite link has already been used. Ask Surat Silk for a new link.");
    const signUp = await rejection(signUpWithInvite({ token, name: "Late", phone: uniquePhone(), password: "long enough" }));
    expect(signUp.message).toMatch(/already been used/);
    expect(await tableCounts()).toEqual(before);
    expect((await getInviteByToken(token)).status).toBe("USED");
  });

  it("gives the same person the same answer when they use their link again", async () => {
    const { owner, business } = await createSupplier();
    const { id, token } = await createInviteToken(owner, business.id);
    const buyer = await createUser();
    const first = await acceptInvite(buyer, { token });
    expect(await acceptInvite(buyer, { token })).toEqual(first);
    expect(await getDb().message.count({ where: { conversation: { businessId: business.id } } })).toBe(1);
    // A used invite cannot be cancelled any more.
    expect((await rejection(revokeInvite(owner, { inviteId: id }))).code).toBe("CONFLICT");
  });

  it("lets exactly one of two simultaneous people use a link", async () => {
    const { owner, business } = await createSupplier();
    const { token } = await createInviteToken(owner, business.id);
    const [first, second] = [await createUser(), await createUser()];
    const results = await Promise.allSettled([acceptInvite(first, { token }), acceptInvite(second, { token })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().conversation.count({ where: { businessId: business.id } })).toBe(1);
  });

  it("refuses an expired link", async () => {
    const { owner, business } = await createSupplier("Expired Co");
    const { id, token } = await createInviteToken(owner, business.id);
    await getDb().invite.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await tableCounts();
    const error = await rejection(acceptInvite(await createUser(), { token }).then(() => undefined));
    expect(error.message).toBe("This invite link has expired. Ask Expired Co for a new link.");
    expect((await tableCounts()).conversations).toBe(before.conversations);
  });

  it("refuses a revoked link", async () => {
    const { owner, business } = await createSupplier("Revoked Co");
    const { id, token } = await createInviteToken(owner, business.id);
    await revokeInvite(owner, { inviteId: id });
    const buyer = await createUser();
    const before = await tableCounts();
    const error = await rejection(acceptInvite(buyer, { token }));
    expect(error.message).toBe("This invite link was cancelled. Ask Revoked Co for a new link.");
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses a made-up token the same way as a missing one", async () => {
    const error = await rejection(getInviteByToken("A".repeat(32)));
    expect(error.code).toBe("NOT_FOUND");
    expect((await rejection(getInviteByToken("short"))).code).toBe("INVALID");
  });

  it("does not let a member turn themselves into a buyer of their own business", async () => {
    const { owner, business } = await createSupplier();
    const { token } = await createInviteToken(owner, business.id);
    const staff = await addStaff(business.id);
    const error = await rejection(acceptInvite(staff, { token }));
    expect(error.message).toMatch(/This link is for a buyer/);
    expect((await getInviteByToken(token)).status).toBe("OPEN");
  });

  it("keeps a buyer's existing conversation when they use a second invite", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const { token } = await createInviteToken(owner, business.id);
    const accepted = await acceptInvite(buyer, { token });
    expect(accepted.kind === "BUYER" && accepted.conversationId).toBe(conversation.id);
  });
});
