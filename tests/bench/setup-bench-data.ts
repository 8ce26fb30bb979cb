// The bench's people: one business (an owner and some staff) and buyers who each have a
// conversation with it, written straight into the bench database through the app's own Prisma
// client, plus a signed-in session cookie for each of them. Nobody logs in by password: the
// cookie is minted with the same secret the server uses, exactly as next-auth would mint it.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { createDb } from "@/lib/db";

export interface BenchUser {
  id: string;
  name: string;
  role: "OWNER" | "STAFF" | "BUYER";
  cookie: string;
}

export interface BenchBuyer extends BenchUser {
  role: "BUYER";
  conversationId: string;
}

export interface BenchPopulation {
  businessId: string;
  owner: BenchUser;
  /** Owner and staff: every one of them hears about every message of the business. */
  members: BenchUser[];
  buyers: BenchBuyer[];
  /** Everyone, members first. */
  everyone: BenchUser[];
}

/** The setup the baseline server loads: the same ids, so the same cookies work on both servers. */
export interface BaselineSetup {
  users: Array<{ id: string; name: string }>;
  businesses: Array<{ id: string; memberIds: string[] }>;
  conversations: Array<{ id: string; businessId: string; buyerId: string }>;
}

const SESSION_SECONDS = 24 * 60 * 60;

const newId = (prefix: string) => `${prefix}${randomBytes(10).toString("hex")}`;

/** Signed-in sessions for `users`, as next-auth would set them after a login: a Session row each
 * (lib/auth/start-session.ts) and its cookie, in the same order. */
export async function sessionCookies(users: ReadonlyArray<{ id: string; name: string }>, secret: string, databaseUrl: string): Promise<string[]> {
  const sessions = users.map((user) => ({ id: newId("bses"), userId: user.id, expiresAt: new Date(Date.now() + SESSION_SECONDS * 1000) }));
  const db = createDb(databaseUrl);
  try {
    await db.session.createMany({ data: sessions });
  } finally {
    await db.$disconnect();
  }
  return Promise.all(
    users.map(async (user, index) => {
      const token = await encode({ token: { sub: user.id, name: user.name, sid: sessions[index]!.id }, secret, maxAge: SESSION_SECONDS });
      // Plain http on localhost, so next-auth uses the unprefixed cookie name.
      return `next-auth.session-token=${token}`;
    }),
  );
}

/**
 * Creates `clients` users in one business: `memberCount` members (one owner, the rest staff)
 * and buyers for everyone else, each buyer with their own conversation.
 */
export async function createBenchPopulation(databaseUrl: string, secret: string, clients: number, memberCount: number): Promise<BenchPopulation> {
  const businessId = newId("bbiz");
  const people = Array.from({ length: clients }, (_, index) => {
    const role: BenchUser["role"] = index === 0 ? "OWNER" : index < memberCount ? "STAFF" : "BUYER";
    return { id: newId("busr"), name: `${role.toLowerCase()} ${index}`, role, phone: `+9197${String(index).padStart(8, "0")}` };
  });
  const memberPeople = people.filter((person) => person.role !== "BUYER");
  const buyerPeople = people.filter((person) => person.role === "BUYER").map((person) => ({ ...person, conversationId: newId("bcnv") }));

  const db = createDb(databaseUrl);
  try {
    await db.user.createMany({ data: people.map(({ id, name, phone }) => ({ id, name, phone, passwordHash: "bench-no-password-login" })) });
    await db.business.create({ data: { id: businessId, name: "Bench Textiles" } });
    await db.membership.createMany({ data: memberPeople.map((person) => ({ id: newId("bmem"), businessId, userId: person.id, role: person.role === "OWNER" ? "OWNER" : "STAFF" })) });
    await db.conversation.createMany({ data: buyerPeople.map((buyer) => ({ id: buyer.conversationId, businessId, buyerId: buyer.id })) });
  } finally {
    await db.$disconnect();
  }

  const cookies = await sessionCookies([...memberPeople, ...buyerPeople], secret, databaseUrl);
  const members: BenchUser[] = memberPeople.map(({ id, name, role }, index) => ({ id, name, role, cookie: cookies[index]! }));
  const buyers: BenchBuyer[] = buyerPeople.map(({ id, name, conversationId }, index) => ({ id, name, role: "BUYER" as const, conversationId, cookie: cookies[memberPeople.length + index]! }));
  const owner = members[0];
  if (!owner) throw new Error("the bench needs at least one member");
  return { businessId, owner, members, buyers, everyone: [...members, ...buyers] };
}

export function baselineSetupOf(population: BenchPopulation): BaselineSetup {
  return {
    users: population.everyone.map(({ id, name }) => ({ id, name })),
    businesses: [{ id: population.businessId, memberIds: population.members.map((member) => member.id) }],
    conversations: population.buyers.map((buyer) => ({ id: buyer.conversationId, businessId: population.businessId, buyerId: buyer.id })),
  };
}
