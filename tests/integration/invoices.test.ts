// GST tax invoices (issue 16, item 1): GST details validated, CGST+SGST within a state and IGST
// between states, numbers from a gapless series under concurrency, one invoice per order, the
// e-way bill at dispatch, and nobody outside the order sees its invoice.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { financialYearOf } from "@/lib/gst/financial-year";
import { createInvoice } from "@/lib/invoices/create-invoice";
import { getOrderInvoicePage } from "@/lib/invoices/get-invoice";
import { saveGstProfile } from "@/lib/invoices/gst-profile";
import { garmentRuleAgain, getRateRule, setRatePeriod } from "@/lib/invoices/rate-rule";
import { updateDesign } from "@/lib/designs/update-design";
import { acceptOrder } from "@/lib/orders/accept-order";
import { confirmOrder } from "@/lib/orders/confirm-order";
import { markDispatched } from "@/lib/orders/mark-dispatched";
import { buyerBilling, giveGstProfile, validGstin } from "../support/gst-factories";
import { addBuyer, clientId, createDesign, createShop, pick, placeOrder, postDesigns } from "../support/order-factories";
import { rejection } from "../support/rejection";

const fy = () => financialYearOf(new Date());

async function acceptedOrder(shop: Awaited<ReturnType<typeof createShop>>, sets = 2) {
  const order = await placeOrder(shop, sets);
  await acceptOrder(shop.staff, { orderId: order.id });
  return order;
}

describe("GST details", () => {
  it("refuses a GSTIN with a wrong check character, and one from another state, with clear messages", async () => {
    const shop = await createShop();
    const good = validGstin("24");
    const wrongLast = good.slice(0, 14) + (good.endsWith("A") ? "B" : "A");
    const base = { businessId: shop.business.id, legalName: "Surat Silk House", address: "Shop 12, Ring Road, Surat 395002", stateCode: "24", invoicePrefix: "SSH", defaultHsnCode: "6204" };

    const typo = await rejection(saveGstProfile(shop.owner, { ...base, gstin: wrongLast }));
    expect(typo.code).toBe("INVALID");
    expect(typo.fields?.gstin).toMatch(/last character of this GSTIN is wrong/);
    const elsewhere = await rejection(saveGstProfile(shop.owner, { ...base, gstin: validGstin("27") }));
    expect(elsewhere.fields?.gstin).toBe("This GSTIN is registered in Maharashtra, not Gujarat. Check the state or the GSTIN.");
    const staff = await rejection(saveGstProfile(shop.staff, { ...base, gstin: good }));
    expect(staff.code).toBe("FORBIDDEN");
    expect(await getDb().businessGstProfile.count({ where: { businessId: shop.business.id } })).toBe(0);

    // Typed in lowercase with spaces: kept in the GSTIN's own form.
    const saved = await saveGstProfile(shop.owner, { ...base, gstin: ` ${good.toLowerCase().slice(0, 7)} ${good.toLowerCase().slice(7)} `, upiId: "" });
    expect(saved).toMatchObject({ gstin: good, invoicePrefix: "SSH" });
  });
});

describe("a tax invoice", () => {
  it("charges CGST+SGST within the state and IGST between states, with the sums, words and a chat line", async () => {
    const shop = await createShop({ pricePerPiecePaise: 45_000 }); // Rs 450 a piece, 6 pieces a set: 5%
    await giveGstProfile(shop.business.id, "24");
    const within = await acceptedOrder(shop, 2); // 12 pieces, Rs 5,400
    const made = await createInvoice(shop.staff, { orderId: within.id, buyer: buyerBilling("24") });
    expect(made.number).toBe(`SSH/${fy()}/0001`);

    const other = await addBuyer(shop.owner, shop.business.id, [shop.design.id], "Kiran");
    const between = await acceptedOrder({ ...shop, buyer: other.buyer, conversation: other.conversation }, 2);
    const igst = await createInvoice(shop.owner, { orderId: between.id, buyer: buyerBilling("27") });
    expect(igst.number).toBe(`SSH/${fy()}/0002`);

    const a = await getDb().invoice.findUniqueOrThrow({ where: { id: made.invoiceId } });
    const b = await getDb().invoice.findUniqueOrThrow({ where: { id: igst.invoiceId } });
    expect(a).toMatchObject({ interState: false, placeOfSupply: "24", taxablePaise: 540_000, cgstPaise: 13_500, sgstPaise: 13_500, igstPaise: 0, roundOffPaise: 0, totalPaise: 567_000 });
    expect(b).toMatchObject({ interState: true, placeOfSupply: "27", taxablePaise: 540_000, cgstPaise: 0, sgstPaise: 0, igstPaise: 27_000, totalPaise: 567_000 });
    expect(a.snapshot).toMatchObject({
      orderNumber: within.number,
      supplier: { stateCode: "24", stateName: "Gujarat", gstin: validGstin("24") },
      recipient: { legalName: "Jaipur Fashions", stateCode: "24" },
      lines: [{ hsnCode: "6204", pieces: 12, unit: "PCS", pricePerPiecePaise: 45_000, rateBasisPoints: 500, taxablePaise: 540_000, cgstPaise: 13_500, sgstPaise: 13_500 }],
      totalInWords: "Rupees Five Thousand Six Hundred Seventy Only",
      reverseCharge: false,
    });
    const line = await getDb().message.findFirst({ where: { conversationId: shop.conversation.id, clientId: `invoice-${made.invoiceId}` }, select: { kind: true, body: true } });
    expect(line).toEqual({ kind: "SYSTEM", body: `Tax invoice SSH/${fy()}/0001 made for order #${within.number}` });
    // The buyer's details are kept for their next invoice.
    expect(await getDb().buyerBilling.findUnique({ where: { conversationId: shop.conversation.id }, select: { stateCode: true, legalName: true } })).toEqual({ stateCode: "24", legalName: "Jaipur Fashions" });
  });

  it("prints each design's own HSN code, and the business's default for the rest", async () => {
    const shop = await createShop({ pricePerPiecePaise: 45_000 });
    await giveGstProfile(shop.business.id, "24");
    const knitted = await createDesign(shop.business.id, shop.owner.id, { title: "Knitted top", pricePerPiecePaise: 30_000 });
    await postDesigns(shop.owner, shop.conversation.id, [knitted.id]);
    expect((await rejection(updateDesign(shop.staff, { designId: knitted.id, hsnCode: "61O4" }))).fields?.hsnCode).toBe("An HSN code has 4, 6 or 8 digits, like 6204.");
    expect((await rejection(updateDesign(shop.buyer, { designId: knitted.id, hsnCode: "6104" }))).code).toBe("NOT_FOUND");
    expect((await updateDesign(shop.staff, { designId: knitted.id, hsnCode: " 6104 " })).hsnCode).toBe("6104");

    await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 1 });
    await pick(shop.buyer, shop.conversation.id, knitted.id, { sets: 1 });
    const order = await confirmOrder(shop.buyer, { conversationId: shop.conversation.id, idempotencyKey: clientId() });
    await acceptOrder(shop.staff, { orderId: order.id });
    // A later change of the design's code does not touch an invoice already made.
    const made = await createInvoice(shop.staff, { orderId: order.id, buyer: buyerBilling("24") });
    await updateDesign(shop.staff, { designId: knitted.id, hsnCode: "" });
    expect((await getDb().design.findUniqueOrThrow({ where: { id: knitted.id } })).hsnCode).toBeNull();
    const invoice = await getDb().invoice.findUniqueOrThrow({ where: { id: made.invoiceId } });
    const lines = (invoice.snapshot as { lines: { description: string; hsnCode: string }[] }).lines;
    expect(lines.map((l) => [l.description.split(" · ")[0], l.hsnCode])).toEqual([
      [shop.design.code, "6204"],
      [knitted.code, "6104"],
    ]);
  });

  it("takes the business's own rate from its day on, keeps earlier days, and is the owner's to change", async () => {
    const shop = await createShop({ pricePerPiecePaise: 300_000 }); // Rs 3,000 a piece: 18% by the garment rule
    await giveGstProfile(shop.business.id, "24");
    const businessId = shop.business.id;
    const today = new Date(Date.now() + 5.5 * 3600_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 18.5 * 3600_000).toISOString().slice(0, 10);
    expect(await getRateRule(shop.staff, businessId)).toMatchObject({ garmentRule: true, current: { from: "2025-09-22", text: "5% up to Rs 2,500 a piece, 18% above" }, next: null });

    const twelve = { businessId, from: today, oneRate: true, rate: "12" };
    expect((await rejection(setRatePeriod(shop.staff, twelve))).message).toBe("Only the owner can change the GST rate.");
    expect((await rejection(setRatePeriod(shop.buyer, twelve))).code).toBe("NOT_FOUND");
    expect((await rejection(setRatePeriod(shop.owner, { ...twelve, from: yesterday }))).fields?.from).toBe("Choose today or a later day.");
    expect((await rejection(setRatePeriod(shop.owner, { ...twelve, rate: "12%" }))).fields?.rate).toBe("Enter the rate in percent, like 5 or 2.5.");
    expect((await rejection(setRatePeriod(shop.owner, { businessId, from: today, oneRate: false, rate: "5", upToRupees: "2500" }))).fields?.aboveRate).toBe("Enter the rate above that price, like 18.");
    expect(await setRatePeriod(shop.owner, twelve)).toMatchObject({ garmentRule: false, current: { from: today, text: "12% on every price" } });

    const order = await acceptedOrder(shop, 1);
    const made = await createInvoice(shop.staff, { orderId: order.id, buyer: buyerBilling("24") });
    const invoice = await getDb().invoice.findUniqueOrThrow({ where: { id: made.invoiceId } });
    expect(invoice.cgstPaise + invoice.sgstPaise).toBe(Math.round(invoice.taxablePaise * 0.12));

    // Back to the garment rule: every day by its rates again.
    expect(await garmentRuleAgain(shop.owner, { businessId })).toMatchObject({ garmentRule: true });
    expect((await getDb().businessGstProfile.findUniqueOrThrow({ where: { businessId } })).rateRule).toBeNull();
  });

  it("charges 18% on a piece above Rs 2,500 and rounds the total to the rupee", async () => {
    const shop = await createShop({ pricePerPiecePaise: 2_999_99, minimumSets: 1 }); // Rs 2,999.99 a piece
    await giveGstProfile(shop.business.id, "24");
    const order = await acceptedOrder(shop, 1); // 6 pieces: Rs 17,999.94
    const made = await createInvoice(shop.staff, { orderId: order.id, buyer: buyerBilling("27") });
    const invoice = await getDb().invoice.findUniqueOrThrow({ where: { id: made.invoiceId } });
    // 17,999.94 x 18% = 3,239.9892 -> 3,239.99; 21,239.93 rounds to 21,240 (+0.07).
    expect(invoice).toMatchObject({ taxablePaise: 1_799_994, igstPaise: 323_999, roundOffPaise: 7, totalPaise: 2_124_000 });
  });

  it("takes every number of the series once under 20 concurrent invoices, and one invoice per order under a double tap", async () => {
    const shop = await createShop({ pricePerPiecePaise: 45_000 });
    await giveGstProfile(shop.business.id, "24", "CONC");
    const orders = [];
    for (let i = 0; i < 20; i++) orders.push(await acceptedOrder(shop, 1));

    // Each order twice at once: a double tap on every one of them.
    const made = await Promise.all(orders.flatMap((order) => [0, 1].map(() => createInvoice(shop.staff, { orderId: order.id, buyer: buyerBilling("24") }))));
    for (let i = 0; i < orders.length; i++) expect(made[2 * i]!.invoiceId).toBe(made[2 * i + 1]!.invoiceId);

    const invoices = await getDb().invoice.findMany({ where: { businessId: shop.business.id }, orderBy: { serial: "asc" }, select: { serial: true, number: true, orderId: true } });
    expect(invoices.map((invoice) => invoice.serial)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(invoices.map((invoice) => invoice.number)).toEqual(invoices.map((invoice) => `CONC/${fy()}/${String(invoice.serial).padStart(4, "0")}`));
    expect(new Set(invoices.map((invoice) => invoice.orderId)).size).toBe(20);
    expect(await getDb().invoiceSeries.findUnique({ where: { businessId_financialYear: { businessId: shop.business.id, financialYear: fy() } } })).toMatchObject({ lastSerial: 20 });
  });

  it("is refused before acceptance and without GST details, and a refusal takes no number", async () => {
    const shop = await createShop({ pricePerPiecePaise: 45_000 });
    const placed = await placeOrder(shop, 1);
    await giveGstProfile(shop.business.id, "24");
    expect((await rejection(createInvoice(shop.staff, { orderId: placed.id, buyer: buyerBilling("24") }))).message).toBe("Accept the order before making its invoice.");

    const bare = await createShop({ pricePerPiecePaise: 45_000 });
    const order = await acceptedOrder(bare, 1);
    expect((await rejection(createInvoice(bare.staff, { orderId: order.id, buyer: buyerBilling("24") }))).message).toMatch(/Fill in your business's GST details first/);
    const badBuyer = await rejection(createInvoice(shop.staff, { orderId: placed.id, buyer: { ...buyerBilling("24"), gstin: "24AAACS1234F1Z0" } }));
    expect(badBuyer.fields?.["buyer.gstin"]).toBeTruthy();
    expect(await getDb().invoice.count({ where: { businessId: { in: [shop.business.id, bare.business.id] } } })).toBe(0);
    expect(await getDb().invoiceSeries.findMany({ where: { businessId: shop.business.id }, select: { lastSerial: true } })).toEqual([]);
  });

  it("is seen by the order's buyer and the business, and by nobody else; the buyer does not get the business's settings", async () => {
    const shop = await createShop({ pricePerPiecePaise: 45_000 });
    await giveGstProfile(shop.business.id, "24");
    const order = await acceptedOrder(shop, 1);
    await createInvoice(shop.staff, { orderId: order.id, buyer: buyerBilling("24") });
    const other = await addBuyer(shop.owner, shop.business.id, [shop.design.id], "Kiran");
    const stranger = await createShop();

    const asBuyer = await getOrderInvoicePage(shop.buyer, { orderId: order.id });
    expect(asBuyer.invoice?.number).toBe(`SSH/${fy()}/0001`);
    expect(asBuyer).toMatchObject({ viewerIsMember: false, gstProfile: null, buyerBilling: null });
    expect((await getOrderInvoicePage(shop.staff, { orderId: order.id })).gstProfile?.gstin).toBe(validGstin("24"));
    for (const outsider of [other.buyer, stranger.owner, stranger.buyer]) {
      expect((await rejection(getOrderInvoicePage(outsider, { orderId: order.id }))).code).toBe("NOT_FOUND");
      expect((await rejection(createInvoice(outsider, { orderId: order.id, buyer: buyerBilling("24") }))).code).toBe("NOT_FOUND");
    }
    // Even the order's own buyer cannot make one.
    expect((await rejection(createInvoice(shop.buyer, { orderId: order.id, buyer: buyerBilling("24") }))).code).toBe("NOT_FOUND");
  });
});

describe("the e-way bill at dispatch", () => {
  it("is asked of a GST-registered business for Rs 50,000 or more, and printed on the invoice", async () => {
    const shop = await createShop({ pricePerPiecePaise: 100_000 }); // Rs 1,000 a piece
    const order = await acceptedOrder(shop, 10); // 60 pieces: Rs 60,000
    const dispatch = { orderId: order.id, transporter: "VRL Logistics", lrNumber: "5566", parcels: 2 };

    await giveGstProfile(shop.business.id, "24");
    const missing = await rejection(markDispatched(shop.staff, dispatch));
    expect(missing.message).toBe("An order of Rs 50,000 or more travels with an e-way bill: enter its 12-digit number.");
    expect((await rejection(markDispatched(shop.staff, { ...dispatch, ewayBillNumber: "1234" }))).fields?.ewayBillNumber).toBe("An e-way bill number has 12 digits.");
    expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("ACCEPTED");

    await markDispatched(shop.staff, { ...dispatch, ewayBillNumber: "1812 3456 7890" });
    await createInvoice(shop.staff, { orderId: order.id, buyer: buyerBilling("24") });
    const page = await getOrderInvoicePage(shop.buyer, { orderId: order.id });
    expect(page.transport).toEqual({ transporter: "VRL Logistics", lrNumber: "5566", ewayBillNumber: "181234567890" });
    expect(page.invoice?.totalPaise).toBe(6_300_000);
  });

  it("is not asked of a business without GST details", async () => {
    const shop = await createShop({ pricePerPiecePaise: 100_000 });
    const order = await acceptedOrder(shop, 10);
    await markDispatched(shop.staff, { orderId: order.id, transporter: "VRL Logistics", lrNumber: "5566", parcels: 2 });
    expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("DISPATCHED");
  });
});
