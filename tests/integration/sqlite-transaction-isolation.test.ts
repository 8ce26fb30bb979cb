// SQLite runs on one connection. Prisma's better-sqlite3 adapter locks it for interactive
// transactions but not for plain queries, so a query from another request could run inside an
// open transaction and be rolled back with it. lib/db/serialized-sqlite-adapter.ts closes that
// gap; these tests fail without it. (On PostgreSQL every transaction has its own connection.)
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createSupplier } from "../support/factories";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a plain query while another request's transaction is open", () => {
  it("is not rolled back with that transaction", async () => {
    const { owner, business } = await createSupplier();
    const db = getDb();
    const failing = db
      .$transaction(async (tx) => {
        await tx.business.update({ where: { id: business.id }, data: { name: "Renamed inside" } });
        await sleep(150);
        throw new Error("the transaction gives up");
      })
      .catch(() => "rolled back");
    await sleep(20);
    const invite = await db.invite.create({
      data: { businessId: business.id, kind: "BUYER", tokenHash: `isolation-${Date.now()}`, createdById: owner.id, expiresAt: new Date(Date.now() + 60_000) },
    });
    expect(await failing).toBe("rolled back");
    expect(await db.invite.findUnique({ where: { id: invite.id } })).not.toBeNull();
    expect((await db.business.findUniqueOrThrow({ where: { id: business.id } })).name).not.toBe("Renamed inside");
  });

  it("does not see the transaction's uncommitted writes", async () => {
    const { business } = await createSupplier("Before");
    const db = getDb();
    const failing = db
      .$transaction(async (tx) => {
        await tx.business.update({ where: { id: business.id }, data: { name: "Uncommitted" } });
        await sleep(150);
        throw new Error("the transaction gives up");
      })
      .catch(() => undefined);
    await sleep(20);
    const seen = await db.business.findUniqueOrThrow({ where: { id: business.id } });
    await failing;
    expect(seen.name).toBe("Before");
  });
});
