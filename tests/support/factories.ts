// Factories make unique people and businesses per test, so test files and tests can run in
// parallel on one database without tripping over each other's unique numbers.
import { randomInt } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { createInvite } from "@/lib/invites/create-invite";

export const TEST_PASSWORD = "correct horse battery";
let cachedHash: Promise<string> | undefined;

/** A fresh Indian mobile number (+91 9xxxxxxxxx), unique enough for one test run. */
export function uniquePhone(): string {
  return `+919${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;
}

export async function createUser(overrides: { name?: string; phone?: string } = {}): Promise<Actor & { phone: string }> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const phone = overrides.phone ?? uniquePhone();
  const user = await getDb().user.create({
    data: { name: overrides.name ?? `Person ${phone.slice(-4)}`, phone, passwordHash: await cachedHash },
    select: { id: true, name: true, phone: true },
  });
  return user;
}

export async function createSupplier(name = "Test Textiles") {
  const owner = await createUser({ name: "Owner" });
  const business = await getDb().business.create({
    data: { name, members: { create: { userId: owner.id, role: "OWNER" } } },
    select: { id: true, name: true },
  });
  return { owner, business };
}

export async function addStaff(businessId: string) {
  const staff = await createUser({ name: "Staff" });
  await getDb().membership.create({ data: { businessId, userId: staff.id, role: "STAFF" } });
  return staff;
}

export async function createBuyerConversation(businessId: string, name = "Buyer") {
  const buyer = await createUser({ name });
  const conversation = await getDb().conversation.create({ data: { businessId, buyerId: buyer.id }, select: { id: true } });
  return { buyer, conversation };
}

/** An invite created through the real service; returns its token. */
export async function createInviteToken(actor: Actor, businessId: string, kind: "BUYER" | "STAFF" = "BUYER") {
  const invite = await createInvite(actor, { businessId, kind });
  return { id: invite.id, token: invite.path.split("/").pop()! };
}

/** Row counts of the tables a denial must leave unchanged. */
export async function tableCounts() {
  const db = getDb();
  const [users, businesses, memberships, invites, conversations, messages] = await Promise.all([
    db.user.count(),
    db.business.count(),
    db.membership.count(),
    db.invite.count(),
    db.conversation.count(),
    db.message.count(),
  ]);
  return { users, businesses, memberships, invites, conversations, messages };
}
