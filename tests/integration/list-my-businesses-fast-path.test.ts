// The memberships statement every page runs (list-my-businesses-on-sqlite.ts) against the Prisma
// query it replaces: the same businesses, roles and order for owners, staff of two businesses and
// buyers (none).
import { describe, expect, it } from "vitest";
import { listMyBusinesses, listMyBusinessesWithPrisma } from "@/lib/businesses/list-my-businesses";
import { getDb } from "@/lib/db";
import { addStaff, createBuyerConversation, createSupplier } from "../support/factories";

describe("the businesses a person belongs to", () => {
  it("are the same through the fast path and Prisma, oldest membership first, and none for a buyer", async () => {
    const a = await createSupplier("Members A");
    const b = await createSupplier("Members B");
    const staff = await addStaff(a.business.id);
    // Staff of A who is later made staff of B too: A stays first.
    await getDb().membership.create({ data: { businessId: b.business.id, userId: staff.id, role: "STAFF", createdAt: new Date(Date.now() + 60_000) } });
    const { buyer } = await createBuyerConversation(a.business.id, "Meena");

    expect(await listMyBusinesses(a.owner)).toEqual([{ id: a.business.id, name: "Members A", role: "OWNER" }]);
    expect(await listMyBusinesses(staff)).toEqual([
      { id: a.business.id, name: "Members A", role: "STAFF" },
      { id: b.business.id, name: "Members B", role: "STAFF" },
    ]);
    expect(await listMyBusinesses(buyer)).toEqual([]);
    for (const person of [a.owner, b.owner, staff, buyer]) {
      expect(await listMyBusinesses(person)).toEqual(await listMyBusinessesWithPrisma(person));
    }
  });
});
