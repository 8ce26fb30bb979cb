// The labels statement a supplier's chats list runs (lib/labels/list-my-labels-on-sqlite.ts)
// against the Prisma query it replaces: the same labels, colours and order for an owner, staff of
// two businesses, and none for a buyer or for a member of another business.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listMyLabels, listMyLabelsWithPrisma, saveLabel } from "@/lib/labels/labels";
import { addStaff, createBuyerConversation, createSupplier } from "../support/factories";

describe("the labels of a person's businesses", () => {
  it("are the same through the fast path and Prisma, by name, and none for a buyer or an outsider", async () => {
    const a = await createSupplier("Labels A");
    const b = await createSupplier("Labels B");
    const outsider = await createSupplier("Labels C");
    const staff = await addStaff(a.business.id);
    await getDb().membership.create({ data: { businessId: b.business.id, userId: staff.id, role: "STAFF" } });
    const { buyer } = await createBuyerConversation(a.business.id, "Meena");
    await saveLabel(a.owner, { businessId: a.business.id, name: "VIP", colour: "amber" });
    await saveLabel(a.owner, { businessId: a.business.id, name: "ahmedabad", colour: "blue" });
    await saveLabel(b.owner, { businessId: b.business.id, name: "Credit 30 days", colour: "red" });
    await saveLabel(outsider.owner, { businessId: outsider.business.id, name: "Their own", colour: "blue" });

    expect((await listMyLabels(a.owner)).map((label) => [label.name, label.colour])).toEqual([
      ["ahmedabad", "blue"],
      ["VIP", "amber"],
    ]);
    expect((await listMyLabels(staff)).map((label) => label.name)).toEqual(["ahmedabad", "Credit 30 days", "VIP"]);
    expect(await listMyLabels(buyer)).toEqual([]);
    for (const person of [a.owner, b.owner, outsider.owner, staff, buyer]) {
      expect(await listMyLabels(person)).toEqual(await listMyLabelsWithPrisma(person));
    }
  });
});
