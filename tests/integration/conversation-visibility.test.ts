// One rule for who sees a conversation, in two forms: the Prisma fragment (conversationVisibleTo)
// and the SQL text the fast paths use (conversationVisibleSql). Both run on the same data, for
// every actor and every conversation, and must select the same pairs, which must also be the
// pairs the rule describes: the buyer of a conversation, the buyer's shop team and the members of
// its business.
import { describe, expect, it } from "vitest";
import { conversationVisibleSql, conversationVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { addStaff, createBuyerConversation, createSupplier, createUser } from "../support/factories";
import { testProvider } from "../support/test-database";

describe("who may see a conversation", () => {
  it("is the same rule in Prisma and in SQL, for every actor and every conversation", async () => {
    const db = getDb();
    const silks = await createSupplier("Silks");
    const cottons = await createSupplier("Cottons");
    const linens = await createSupplier("Linens");
    const silksStaff = await addStaff(silks.business.id);
    // Staff of two businesses.
    const sharedStaff = await addStaff(cottons.business.id);
    await db.membership.create({ data: { businessId: linens.business.id, userId: sharedStaff.id, role: "STAFF" } });

    const meenaAtSilks = await createBuyerConversation(silks.business.id, "Meena");
    const meena = meenaAtSilks.buyer;
    const meenaAtCottons = await db.conversation.create({ data: { businessId: cottons.business.id, buyerId: meena.id }, select: { id: true } });
    const anjaliAtSilks = await createBuyerConversation(silks.business.id, "Anjali");
    const ravi = await createBuyerConversation(linens.business.id, "Ravi");
    // The owner of Linens also buys from Silks: a buyer in one conversation, a member in others.
    const linensOwnerBuys = await db.conversation.create({ data: { businessId: silks.business.id, buyerId: linens.owner.id }, select: { id: true } });
    const outsider = await createUser({ name: "Outsider" });
    // Meena's shop staff sees both of Meena's conversations; Anjali's helper was removed again.
    const meenaStaff = await createUser({ name: "Meena's staff" });
    await db.buyerTeamMember.create({ data: { ownerId: meena.id, userId: meenaStaff.id } });
    const removedHelper = await createUser({ name: "Removed helper" });
    await db.buyerTeamMember.create({ data: { ownerId: anjaliAtSilks.buyer.id, userId: removedHelper.id } });
    await db.buyerTeamMember.delete({ where: { ownerId_userId: { ownerId: anjaliAtSilks.buyer.id, userId: removedHelper.id } } });
    const teamOf: Record<string, string[]> = { [meena.id]: [meenaStaff.id] };

    const conversations = [
      { id: meenaAtSilks.conversation.id, business: silks.business.id, buyer: meena.id },
      { id: meenaAtCottons.id, business: cottons.business.id, buyer: meena.id },
      { id: anjaliAtSilks.conversation.id, business: silks.business.id, buyer: anjaliAtSilks.buyer.id },
      { id: ravi.conversation.id, business: linens.business.id, buyer: ravi.buyer.id },
      { id: linensOwnerBuys.id, business: silks.business.id, buyer: linens.owner.id },
    ];
    const membersOf: Record<string, string[]> = {
      [silks.business.id]: [silks.owner.id, silksStaff.id],
      [cottons.business.id]: [cottons.owner.id, sharedStaff.id],
      [linens.business.id]: [linens.owner.id, sharedStaff.id],
    };
    const actors = [silks.owner, silksStaff, cottons.owner, sharedStaff, linens.owner, meena, anjaliAtSilks.buyer, ravi.buyer, outsider, meenaStaff, removedHelper];
    const ids = conversations.map((c) => c.id);

    const described = new Set<string>();
    const viaPrisma = new Set<string>();
    const viaSql = new Set<string>();
    const placeholder = testProvider === "sqlite" ? () => "?" : (n: number) => `$${n}`;
    const visible = conversationVisibleSql("c", placeholder);
    const idList = ids.map((_, index) => placeholder(visible.actorIdParams + index + 1)).join(", ");
    for (const actor of actors) {
      for (const c of conversations) if (c.buyer === actor.id || (teamOf[c.buyer] ?? []).includes(actor.id) || membersOf[c.business]!.includes(actor.id)) described.add(`${actor.id} ${c.id}`);
      const rows = await db.conversation.findMany({ where: { id: { in: ids }, ...conversationVisibleTo(actor.id) }, select: { id: true } });
      for (const row of rows) viaPrisma.add(`${actor.id} ${row.id}`);
      const actorIds: string[] = Array.from({ length: visible.actorIdParams }, () => actor.id);
      const sqlRows = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT c."id" FROM "Conversation" c WHERE ${visible.sql} AND c."id" IN (${idList})`, ...actorIds, ...ids);
      for (const row of sqlRows) viaSql.add(`${actor.id} ${row.id}`);
    }

    expect([...viaSql].sort()).toEqual([...viaPrisma].sort());
    expect([...viaPrisma].sort()).toEqual([...described].sort());
    // The matrix is not trivial: 55 pairs, of which the members, buyers and Meena's staff make 17.
    expect(described.size).toBe(17);
  });

  it("refuses an alias that is not a plain name", () => {
    expect(() => conversationVisibleSql('c" OR 1=1 --')).toThrow();
  });
});
