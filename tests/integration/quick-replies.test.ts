// Quick replies (issue 15, item 1): a business's team keeps them; buyers and other businesses can
// neither see nor change them; bad input is refused with a clear message and changes nothing; a
// double tap adds one.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { deleteQuickReply, listQuickReplies, MAX_QUICK_REPLIES, saveQuickReply } from "@/lib/quick-replies/quick-replies";
import { addStaff, createBuyerConversation, createSupplier } from "../support/factories";
import { rejection } from "../support/rejection";

const bank = { title: "Bank details", text: "HDFC Bank\nA/c 0012 3456 7890\nIFSC HDFC0000123" };

describe("quick replies", () => {
  it("are kept by the owner and the staff of a business, listed by title", async () => {
    const { owner, business } = await createSupplier();
    const staff = await addStaff(business.id);
    const saved = await saveQuickReply(owner, { businessId: business.id, ...bank });
    await saveQuickReply(staff, { businessId: business.id, title: "  Payment   QR ", text: "Scan to pay by UPI" });
    expect(await listQuickReplies(staff, { businessId: business.id })).toEqual([
      { id: saved.id, ...bank, photos: [] },
      { id: expect.any(String), title: "Payment QR", text: "Scan to pay by UPI", photos: [] },
    ]);

    const changed = await saveQuickReply(staff, { businessId: business.id, id: saved.id, title: "Bank", text: "Changed" });
    expect(changed).toEqual({ id: saved.id, title: "Bank", text: "Changed", photos: [] });
    await deleteQuickReply(owner, { businessId: business.id, id: saved.id });
    expect((await listQuickReplies(owner, { businessId: business.id })).map((r) => r.title)).toEqual(["Payment QR"]);
  });

  it("are never seen or changed by a buyer or another business", async () => {
    const { owner, business } = await createSupplier();
    const { buyer } = await createBuyerConversation(business.id);
    const other = await createSupplier("Other Textiles");
    const reply = await saveQuickReply(owner, { businessId: business.id, ...bank });

    for (const outsider of [buyer, other.owner]) {
      expect(await rejection(listQuickReplies(outsider, { businessId: business.id }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejection(saveQuickReply(outsider, { businessId: business.id, title: "Mine", text: "x" }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejection(saveQuickReply(outsider, { businessId: business.id, id: reply.id, title: "Taken", text: "x" }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejection(deleteQuickReply(outsider, { businessId: business.id, id: reply.id }))).toMatchObject({ code: "NOT_FOUND" });
    }
    // Another business's own id does not reach this one's reply either.
    expect(await rejection(saveQuickReply(other.owner, { businessId: other.business.id, id: reply.id, title: "Taken", text: "x" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(deleteQuickReply(other.owner, { businessId: other.business.id, id: reply.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await getDb().quickReply.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject(bank);
  });

  it("refuse bad input with a message for the field, and keep what was there", async () => {
    const { owner, business } = await createSupplier();
    await saveQuickReply(owner, { businessId: business.id, ...bank });
    const cases: Array<[unknown, string, RegExp]> = [
      [{ businessId: business.id, title: "", text: "x" }, "title", /short title/],
      [{ businessId: business.id, title: "x".repeat(41), text: "x" }, "title", /under 40/],
      [{ businessId: business.id, title: "Two\nlines", text: "x" }, "title", /one line/],
      [{ businessId: business.id, title: "Empty", text: "   " }, "text", /text to send/],
      [{ businessId: business.id, title: "Long", text: "x".repeat(4001) }, "text", /4,000/],
      [{ businessId: business.id, title: "Odd", text: 42 }, "text", /./],
    ];
    for (const [input, field, message] of cases) {
      const error = await rejection(saveQuickReply(owner, input));
      expect(error).toMatchObject({ code: "INVALID" });
      expect((error as { fields: Record<string, string> }).fields[field]).toMatch(message);
    }
    // The same title with other text, in any case: refused, naming the title.
    const taken = await rejection(saveQuickReply(owner, { businessId: business.id, title: "BANK DETAILS", text: "Other text" }));
    expect(taken).toMatchObject({ code: "CONFLICT", fields: { title: "This title is taken." } });
    expect((await listQuickReplies(owner, { businessId: business.id })).map((r) => r.text)).toEqual([bank.text]);
  });

  it("add one for a double tap, even when both arrive at once", async () => {
    const { owner, business } = await createSupplier();
    const [first, second] = await Promise.all([saveQuickReply(owner, { businessId: business.id, ...bank }), saveQuickReply(owner, { businessId: business.id, ...bank })]);
    expect(second.id).toBe(first.id);
    const again = await saveQuickReply(owner, { businessId: business.id, ...bank });
    expect(again.id).toBe(first.id);
    expect(await getDb().quickReply.count({ where: { businessId: business.id } })).toBe(1);
  });

  it(`stop at ${MAX_QUICK_REPLIES} per business with a message`, async () => {
    const { owner, business } = await createSupplier();
    await getDb().quickReply.createMany({
      data: Array.from({ length: MAX_QUICK_REPLIES }, (_, i) => ({ businessId: business.id, title: `Reply ${i}`, titleKey: `reply ${i}`, text: "x" })),
    });
    const error = await rejection(saveQuickReply(owner, { businessId: business.id, title: "One more", text: "x" }));
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect((error as Error).message).toMatch(/up to 100 quick replies/);
    expect(await getDb().quickReply.count({ where: { businessId: business.id } })).toBe(MAX_QUICK_REPLIES);
  });
});
