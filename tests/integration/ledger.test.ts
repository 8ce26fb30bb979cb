// The credit ledger (issue 16, item 2): a buyer's statement with a supplier, and the payment
// reminder with its UPI link and QR code. The QR is read back from the stored photos with jsQR, an
// independent decoder, both as the chat shows it (the thumbnail) and full size.
import jsQR from "jsqr";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getUpiId, saveUpiId } from "@/lib/businesses/business-upi";
import { createInvoice } from "@/lib/invoices/create-invoice";
import { ABOVE_CREDIT_LIMIT } from "@/lib/ledger/credit-field";
import { setCreditLimit } from "@/lib/ledger/credit-limit";
import { listDues } from "@/lib/ledger/dues";
import { listMyBalances } from "@/lib/ledger/my-balances";
import { sendPaymentReminder } from "@/lib/ledger/payment-reminder";
import { getStatement } from "@/lib/ledger/statement";
import { statementCsv } from "@/lib/ledger/statement-csv";
import { formatRupees } from "@/lib/money";
import { acceptOrder } from "@/lib/orders/accept-order";
import { getOrder } from "@/lib/orders/get-order";
import { orderDashboard } from "@/lib/orders/order-dashboard";
import { declineOrder } from "@/lib/orders/decline-order";
import { recordPayment } from "@/lib/orders/record-payment";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";
import { createUser } from "../support/factories";
import { buyerBilling, giveGstProfile } from "../support/gst-factories";
import { addBuyer, clientId, createShop, placeOrder, postDesigns } from "../support/order-factories";
import { rejection } from "../support/rejection";

/** A shop whose buyer has two accepted orders (the first invoiced, GST on top), one still placed
 * and one declined, and two payments. */
async function shopWithDues() {
  const shop = await createShop({ pricePerPiecePaise: 45_000 });
  await giveGstProfile(shop.business.id, "24");
  await saveUpiId(shop.owner, { businessId: shop.business.id, upiId: " suratsilk@okaxis " });
  const invoiced = await placeOrder(shop, 2);
  await acceptOrder(shop.staff, { orderId: invoiced.id });
  const invoice = await createInvoice(shop.staff, { orderId: invoiced.id, buyer: buyerBilling("24") });
  const accepted = await placeOrder(shop, 1);
  await acceptOrder(shop.owner, { orderId: accepted.id });
  const placed = await placeOrder(shop, 1);
  const declined = await placeOrder(shop, 3);
  await declineOrder(shop.owner, { orderId: declined.id, reason: "Out of stock" });
  await recordPayment(shop.staff, { orderId: invoiced.id, amountPaise: 1_000_00, method: "UPI", reference: "UTR 1234" });
  await recordPayment(shop.owner, { orderId: accepted.id, amountPaise: 500_00, method: "CASH" });
  const db = getDb();
  const [invoiceRow, acceptedRow] = await Promise.all([
    db.invoice.findUniqueOrThrow({ where: { orderId: invoiced.id }, select: { totalPaise: true } }),
    db.order.findUniqueOrThrow({ where: { id: accepted.id }, select: { totalPaise: true, number: true } }),
  ]);
  return { shop, invoiced, invoice, accepted, placed, declined, invoiceTotal: invoiceRow.totalPaise, acceptedTotal: acceptedRow.totalPaise };
}

describe("a buyer's statement", () => {
  it("closes at orders minus payments: invoiced orders at the invoice's total, placed and declined ones owe nothing", async () => {
    const { shop, invoiced, invoice, accepted, invoiceTotal, acceptedTotal } = await shopWithDues();
    const statement = await getStatement(shop.staff, { conversationId: shop.conversation.id });
    expect(statement.entries.map((e) => [e.kind, e.orderNumber])).toEqual([
      ["order", invoiced.number],
      ["order", accepted.number],
      ["payment", invoiced.number],
      ["payment", accepted.number],
    ]);
    expect(statement.entries[0]).toMatchObject({ debitPaise: invoiceTotal, invoiceNumber: invoice.number });
    expect(statement.debitsPaise).toBe(invoiceTotal + acceptedTotal);
    expect(statement.creditsPaise).toBe(1_500_00);
    expect(statement.closingPaise).toBe(invoiceTotal + acceptedTotal - 1_500_00);
    expect(statement.viewerIsMember).toBe(true);

    // The buyer sees the same account, as the buyer.
    const buyers = await getStatement(shop.buyer, { conversationId: shop.conversation.id });
    expect(buyers.closingPaise).toBe(statement.closingPaise);
    expect(buyers.entries).toEqual(statement.entries);
    expect(buyers.viewerIsMember).toBe(false);

    const csv = statementCsv(statement);
    expect(csv.split("\r\n").at(-2)).toBe(`,Closing balance,,,${statement.debitsPaise / 100},1500,${statement.closingPaise / 100}`);
    expect(csv).toContain("Payment (UPI),#");

    // Paid ahead: a negative balance stays a number for the spreadsheet.
    await recordPayment(shop.owner, { orderId: accepted.id, amountPaise: statement.closingPaise + 300_00, method: "CASH" });
    const ahead = statementCsv(await getStatement(shop.staff, { conversationId: shop.conversation.id }));
    expect(ahead.split("\r\n").at(-2)).toMatch(/,-300$/);
  });

  it("takes a period in India dates: what came before is the opening balance", async () => {
    const { shop } = await shopWithDues();
    const today = new Date(Date.now() + 5.5 * 3600_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 29.5 * 3600_000).toISOString().slice(0, 10);
    const whole = await getStatement(shop.buyer, { conversationId: shop.conversation.id });
    expect((await getStatement(shop.buyer, { conversationId: shop.conversation.id, from: today, to: today })).entries).toHaveLength(whole.entries.length);
    const later = await getStatement(shop.buyer, { conversationId: shop.conversation.id, from: tomorrow });
    expect(later).toMatchObject({ openingPaise: whole.closingPaise, entries: [], closingPaise: whole.closingPaise });
    expect((await rejection(getStatement(shop.buyer, { conversationId: shop.conversation.id, from: tomorrow, to: today }))).message).toBe("The first date must come before the last.");
    expect((await rejection(getStatement(shop.buyer, { conversationId: shop.conversation.id, from: "2026-02-30" }))).message).toBe("That date does not exist.");
    expect((await rejection(getStatement(shop.buyer, { conversationId: shop.conversation.id, from: "1/12/2026" }))).code).toBe("INVALID");
  });

  it("is nobody else's to read: another buyer of the same shop and a stranger are told it does not exist", async () => {
    const { shop } = await shopWithDues();
    const other = await addBuyer(shop.owner, shop.business.id, [], "Kiran");
    const stranger = await createUser({ name: "Stranger" });
    for (const actor of [other.buyer, stranger]) {
      expect((await rejection(getStatement(actor, { conversationId: shop.conversation.id }))).code).toBe("NOT_FOUND");
    }
    // Kiran's own statement is empty: nothing of Meena's leaks into it.
    expect(await getStatement(other.buyer, { conversationId: other.conversation.id })).toMatchObject({ entries: [], closingPaise: 0 });
  });
});

describe("a buyer's balances with each supplier", () => {
  it("equal each statement's closing balance, and hold nobody else's", async () => {
    const { shop } = await shopWithDues();
    // The same buyer at a second supplier, paid ahead there.
    const second = await createShop({ pricePerPiecePaise: 10_000 });
    const conversation = await getDb().conversation.create({ data: { businessId: second.business.id, buyerId: shop.buyer.id }, select: { id: true } });
    await postDesigns(second.owner, conversation.id, [second.design.id]);
    const order = await placeOrder({ buyer: shop.buyer, conversation, design: second.design }, 1);
    await recordPayment(second.owner, { orderId: order.id, amountPaise: 700_00, method: "UPI" });
    await acceptOrder(second.owner, { orderId: order.id });

    const balances = await listMyBalances(shop.buyer);
    const first = await getStatement(shop.buyer, { conversationId: shop.conversation.id });
    expect(balances).toEqual([
      { conversationId: shop.conversation.id, businessName: shop.business.name, balancePaise: first.closingPaise },
      { conversationId: conversation.id, businessName: second.business.name, balancePaise: order.totalPaise - 700_00 },
    ]);
    expect(order.totalPaise - 700_00).toBeLessThan(0);
    const other = await addBuyer(shop.owner, shop.business.id, [], "Kiran");
    expect(await listMyBalances(other.buyer)).toEqual([]);
    // A supplier's own team is nobody's buyer here.
    expect(await listMyBalances(shop.staff)).toEqual([]);
  });
});

describe("a payment reminder", () => {
  it("posts what is due with a upi://pay link and a QR code that decodes to the same link, once per tap", async () => {
    const { shop, invoiced, accepted } = await shopWithDues();
    const { closingPaise } = await getStatement(shop.staff, { conversationId: shop.conversation.id });
    const tap = clientId();
    const [sent, again] = await Promise.all([
      sendPaymentReminder(shop.staff, { conversationId: shop.conversation.id, clientId: tap }),
      sendPaymentReminder(shop.staff, { conversationId: shop.conversation.id, clientId: tap }),
    ]);
    expect(again.id).toBe(sent.id);
    expect(sent.amountPaise).toBe(closingPaise);

    const params = new URL(sent.link).searchParams;
    expect(sent.link.startsWith("upi://pay?")).toBe(true);
    expect(Object.fromEntries(params)).toEqual({
      pa: "suratsilk@okaxis",
      pn: "Surat Silk House Pvt Ltd",
      am: (closingPaise / 100).toFixed(2),
      cu: "INR",
      tn: `Orders ${invoiced.number} ${accepted.number}`,
    });

    const db = getDb();
    const message = await db.message.findUniqueOrThrow({
      where: { id: sent.id },
      select: { conversationId: true, authorId: true, body: true, photos: { select: { photo: { select: { variants: { select: { kind: true, format: true, storageKey: true, width: true } } } } } } },
    });
    expect(message).toMatchObject({ conversationId: shop.conversation.id, authorId: shop.staff.id });
    expect(message.body).toContain(sent.link);
    expect(message.body).toContain(`#${invoiced.number}, #${accepted.number}`);
    expect(message.photos).toHaveLength(1);
    expect(await db.message.count({ where: { conversationId: shop.conversation.id, photos: { some: {} } } })).toBe(1);

    const variants = message.photos[0]!.photo.variants;
    for (const kind of ["THUMB", "SCREEN"]) {
      const variant = variants.find((v) => v.kind === kind && v.format === "jpeg") ?? variants.find((v) => v.kind === kind);
      expect(variant, kind).toBeTruthy();
      const bytes = await getPhotoStorage().get(variant!.storageKey);
      const { data, info } = await sharp(bytes!).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const decoded = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
      expect(decoded?.data, `${kind} ${info.width}px`).toBe(sent.link);
    }
  });

  it("is sent by the supplier's team only, needs a UPI ID and something due", async () => {
    const { shop, invoiced, accepted, invoiceTotal, acceptedTotal } = await shopWithDues();
    const conversationId = shop.conversation.id;
    expect((await rejection(sendPaymentReminder(shop.buyer, { conversationId, clientId: clientId() }))).code).toBe("FORBIDDEN");
    const other = await addBuyer(shop.owner, shop.business.id, [], "Kiran");
    expect((await rejection(sendPaymentReminder(other.buyer, { conversationId, clientId: clientId() }))).code).toBe("NOT_FOUND");
    // Kiran owes nothing.
    expect((await rejection(sendPaymentReminder(shop.staff, { conversationId: other.conversation.id, clientId: clientId() }))).message).toBe("Nothing is due from this buyer.");

    await recordPayment(shop.owner, { orderId: invoiced.id, amountPaise: invoiceTotal - 1_000_00, method: "BANK_TRANSFER" });
    await recordPayment(shop.owner, { orderId: accepted.id, amountPaise: acceptedTotal - 500_00, method: "CASH" });
    expect((await getStatement(shop.staff, { conversationId })).closingPaise).toBe(0);
    expect((await rejection(sendPaymentReminder(shop.staff, { conversationId, clientId: clientId() }))).message).toBe("Nothing is due from this buyer.");

    await saveUpiId(shop.owner, { businessId: shop.business.id, upiId: "" });
    expect((await rejection(sendPaymentReminder(shop.staff, { conversationId, clientId: clientId() }))).message).toMatch(/^Add your UPI ID/);
    expect(await getDb().message.count({ where: { conversationId, body: { contains: "upi://" } } })).toBe(0);
  });
});

describe("the business's UPI ID", () => {
  it("is the owner's to set, checked for its shape, and serves a business without GST details", async () => {
    const shop = await createShop({ pricePerPiecePaise: 45_000 });
    const businessId = shop.business.id;
    expect((await rejection(saveUpiId(shop.staff, { businessId, upiId: "staff@okaxis" }))).message).toBe("Only the owner can change where payments go.");
    expect((await rejection(saveUpiId(shop.buyer, { businessId, upiId: "buyer@okaxis" }))).code).toBe("NOT_FOUND");
    expect((await rejection(saveUpiId(shop.owner, { businessId, upiId: "9876543210" }))).fields?.upiId).toBe("Enter the UPI ID as your UPI app shows it, like shop@okaxis.");
    expect(await getUpiId(shop.staff, businessId)).toBeNull();
    await saveUpiId(shop.owner, { businessId, upiId: "9876543210@ybl" });
    expect(await getUpiId(shop.staff, businessId)).toBe("9876543210@ybl");

    const order = await placeOrder(shop, 1);
    await acceptOrder(shop.owner, { orderId: order.id });
    const sent = await sendPaymentReminder(shop.staff, { conversationId: shop.conversation.id, clientId: clientId() });
    // No GST details: the business's own name is the payee's.
    expect(Object.fromEntries(new URL(sent.link).searchParams)).toMatchObject({ pa: "9876543210@ybl", pn: shop.business.name, am: (order.totalPaise / 100).toFixed(2) });
  });
});

describe("credit limits", () => {
  it("asks before accepting an order that takes the buyer above the limit, and accepts when told to", async () => {
    const { shop, invoiceTotal, acceptedTotal } = await shopWithDues();
    const owed = invoiceTotal + acceptedTotal - 1_500_00;
    const conversationId = shop.conversation.id;
    expect((await rejection(setCreditLimit(shop.staff, { conversationId, limit: "10,000" }))).message).toBe("Only the owner sets credit limits.");
    expect((await rejection(setCreditLimit(shop.buyer, { conversationId, limit: "10,000" }))).code).toBe("NOT_FOUND");
    expect((await rejection(setCreditLimit(shop.owner, { conversationId, limit: "450,50" }))).fields?.limit).toMatch(/^A comma only groups thousands/);
    await setCreditLimit(shop.owner, { conversationId, limit: `Rs ${(owed + 100_00) / 100}` });

    const next = await placeOrder(shop, 1);
    const refused = await rejection(acceptOrder(shop.staff, { orderId: next.id }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.fields?.[ABOVE_CREDIT_LIMIT]).toBe(refused.message);
    expect(refused.message).toContain(`Meena owes ${formatRupees(owed)}; with this order it is ${formatRupees(owed + next.totalPaise)}, above their credit limit of ${formatRupees(owed + 100_00)}.`);
    expect((await getDb().order.findUniqueOrThrow({ where: { id: next.id } })).status).toBe("PLACED");

    expect((await acceptOrder(shop.staff, { orderId: next.id, aboveCreditLimit: true })).status).toBe("ACCEPTED");
    // Within the limit, no question; no limit, no question.
    await setCreditLimit(shop.owner, { conversationId, limit: "" });
    const another = await placeOrder(shop, 1);
    expect((await acceptOrder(shop.staff, { orderId: another.id })).status).toBe("ACCEPTED");
    expect((await getStatement(shop.staff, { conversationId })).creditLimitPaise).toBeNull();
  });

  it("counts two accepts at once one after the other: only one fits, the other asks", async () => {
    const { shop, invoiceTotal, acceptedTotal } = await shopWithDues();
    const owed = invoiceTotal + acceptedTotal - 1_500_00;
    const [a, b] = [await placeOrder(shop, 1), await placeOrder(shop, 1)];
    await setCreditLimit(shop.owner, { conversationId: shop.conversation.id, limit: String((owed + a.totalPaise + 1_00) / 100) });
    const results = await Promise.allSettled([acceptOrder(shop.staff, { orderId: a.id }), acceptOrder(shop.owner, { orderId: b.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "CONFLICT", fields: { [ABOVE_CREDIT_LIMIT]: expect.stringContaining("above their credit limit") } });
  });

  it("shows the team the limit, never the buyer", async () => {
    const { shop } = await shopWithDues();
    await setCreditLimit(shop.owner, { conversationId: shop.conversation.id, limit: "25000" });
    expect((await getStatement(shop.staff, { conversationId: shop.conversation.id })).creditLimitPaise).toBe(25_000_00);
    expect((await getStatement(shop.buyer, { conversationId: shop.conversation.id })).creditLimitPaise).toBeNull();
  });
});

describe("an invoiced order", () => {
  it("owes its invoice's total (GST included): paying the order's own total leaves the GST due", async () => {
    const { shop, invoiced, invoiceTotal } = await shopWithDues();
    const order = await getOrder(shop.buyer, { orderId: invoiced.id });
    expect(order).toMatchObject({ billedPaise: invoiceTotal, paidPaise: 1_000_00 });
    expect(invoiceTotal).toBeGreaterThan(order.totalPaise);

    await recordPayment(shop.owner, { orderId: invoiced.id, amountPaise: order.totalPaise - 1_000_00, method: "UPI" });
    const dues = async () => (await listDues(shop.owner, { businessId: shop.business.id })).buyers[0]!.orders;
    const unpaid = async () => (await orderDashboard(shop.owner, { businessId: shop.business.id })).waiting.unpaid;
    expect(await dues()).toBe(2);
    expect(await unpaid()).toBe(2);
    await recordPayment(shop.owner, { orderId: invoiced.id, amountPaise: invoiceTotal - order.totalPaise, method: "UPI" });
    expect(await dues()).toBe(1);
    expect(await unpaid()).toBe(1);
  });
});

describe("dues by buyer", () => {
  it("ages what each buyer still owes and totals the business, for its team only", async () => {
    const { shop, invoiced, invoiceTotal, acceptedTotal } = await shopWithDues();
    // The invoiced order is 45 days old.
    await getDb().invoice.update({ where: { orderId: invoiced.id }, data: { issuedAt: new Date(Date.now() - 45 * 86_400_000) } });
    const other = await addBuyer(shop.owner, shop.business.id, [shop.design.id], "Kiran");
    const kirans = await placeOrder({ buyer: other.buyer, conversation: other.conversation, design: shop.design }, 1);
    await acceptOrder(shop.owner, { orderId: kirans.id });
    await recordPayment(shop.owner, { orderId: kirans.id, amountPaise: kirans.totalPaise, method: "CASH" });

    const dues = await listDues(shop.staff, { businessId: shop.business.id });
    expect(dues.buyers).toHaveLength(1);
    expect(dues.buyers[0]).toMatchObject({
      conversationId: shop.conversation.id,
      buyerName: "Meena",
      orders: 2,
      oldestDays: 45,
      ageing: { "0-30": acceptedTotal - 500_00, "31-60": invoiceTotal - 1_000_00, "61-90": 0, "90+": 0, totalPaise: invoiceTotal + acceptedTotal - 1_500_00 },
    });
    expect(dues.total).toEqual(dues.buyers[0]!.ageing);
    expect(dues.buyers[0]!.owedPaise).toBeNull();
    // With a limit, the row carries the statement's closing balance: an advance on a placed order nets.
    await setCreditLimit(shop.owner, { conversationId: shop.conversation.id, limit: "1" });
    const placed = await placeOrder(shop, 1);
    await recordPayment(shop.owner, { orderId: placed.id, amountPaise: 200_00, method: "CASH" });
    const limited = (await listDues(shop.staff, { businessId: shop.business.id })).buyers[0]!;
    expect(limited.owedPaise).toBe((await getStatement(shop.staff, { conversationId: shop.conversation.id })).closingPaise);
    expect(limited.owedPaise).toBe(limited.ageing.totalPaise - 200_00);
    expect((await rejection(listDues(shop.buyer, { businessId: shop.business.id }))).code).toBe("NOT_FOUND");
    const stranger = await createShop();
    expect((await rejection(listDues(stranger.owner, { businessId: shop.business.id }))).code).toBe("NOT_FOUND");
  });
});
