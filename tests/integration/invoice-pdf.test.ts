// The invoice PDF (issue 16, item 1): sent into the chat as a document, with names and addresses
// in Devanagari and Gujarati drawn shaped. Poppler (Debian's pdftotext and pdftoppm, installed by
// .ci/run) reads the PDF back as an independent reader; the PNG it draws is kept at
// tests/.tmp/invoice-pdf/invoice.png for a person to look at (the README shows one).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { financialYearOf } from "@/lib/gst/financial-year";
import { createInvoice } from "@/lib/invoices/create-invoice";
import { sendInvoicePdf } from "@/lib/invoices/send-invoice-pdf";
import { acceptOrder } from "@/lib/orders/accept-order";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";
import { giveGstProfile } from "../support/gst-factories";
import { addBuyer, createShop, placeOrder } from "../support/order-factories";
import { rejection } from "../support/rejection";

const OUT = path.resolve("tests/.tmp/invoice-pdf");

describe("the invoice PDF", () => {
  it("goes into the chat once as a document, and prints Devanagari and Gujarati names as text", async () => {
    const shop = await createShop({ pricePerPiecePaise: 45_000 });
    await giveGstProfile(shop.business.id, "24");
    await getDb().businessGstProfile.update({ where: { businessId: shop.business.id }, data: { legalName: "સુરત સિલ્ક હાઉસ", address: "૧૨, રીંગ રોડ, સુરત 395002" } });
    const order = await placeOrder(shop, 2);
    await acceptOrder(shop.staff, { orderId: order.id });
    const buyer = { legalName: "मीना फ़ैशन्स", address: "क्षत्रिय मार्ग, जयपुर 302001", stateCode: "08", gstin: "" };
    const made = await createInvoice(shop.staff, { orderId: order.id, buyer });

    const [first, again] = await Promise.all([sendInvoicePdf(shop.staff, { orderId: order.id }), sendInvoicePdf(shop.staff, { orderId: order.id })]);
    expect(again.id).toBe(first.id);
    const document = await getDb().document.findUniqueOrThrow({ where: { messageId: first.id } });
    const fileName = `Invoice SSH-${financialYearOf(new Date())}-0001.pdf`;
    expect(document).toMatchObject({ name: fileName, pages: 1 });
    expect(made.number).toBe(`SSH/${financialYearOf(new Date())}/0001`);
    const message = await getDb().message.findUniqueOrThrow({ where: { id: first.id }, select: { conversationId: true, authorId: true } });
    expect(message).toEqual({ conversationId: shop.conversation.id, authorId: shop.staff.id });

    const pdf = await getPhotoStorage().get(document.storageKey);
    expect(pdf).not.toBeNull();
    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, "invoice.pdf");
    writeFileSync(file, pdf!);

    // Poppler reads the text back: both scripts, the sums, IGST (Rajasthan buyer, Gujarat supplier).
    // Words without conjuncts only: a conjunct is one glyph, which Skia's text map gives back in
    // part (the page shows it whole; copying it out of the PDF loses letters).
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    for (const expected of ["Tax invoice", made.number, "હાઉસ", "जयपुर", "IGST", "Rs 5,670", "Rupees Five Thousand Six Hundred Seventy Only", "Rajasthan (08)"]) {
      expect(text).toContain(expected);
    }
    // The fonts are embedded, so any reader draws the same glyphs.
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
    expect(fonts).toMatch(/NotoSansDevanagari.*yes/);
    expect(fonts).toMatch(/NotoSansGujarati.*yes/);

    execFileSync("pdftoppm", ["-r", "110", "-png", "-singlefile", file, path.join(OUT, "invoice")]);
    const png = readFileSync(path.join(OUT, "invoice.png"));
    const { width, height } = await sharp(png).metadata();
    expect(width! / height!).toBeCloseTo(595 / 842, 2); // A4
    // Ink where the names are: the page is not blank above the table.
    const stats = await sharp(png).extract({ left: 0, top: 0, width: width!, height: Math.round(height! / 3) }).greyscale().stats();
    expect(stats.channels[0]!.min).toBeLessThan(80);
  });

  it("is sent only by the supplier's team, and only once the invoice exists", async () => {
    const shop = await createShop({ pricePerPiecePaise: 45_000 });
    await giveGstProfile(shop.business.id, "24");
    const order = await placeOrder(shop, 1);
    await acceptOrder(shop.staff, { orderId: order.id });
    expect((await rejection(sendInvoicePdf(shop.staff, { orderId: order.id }))).message).toBe("Make the invoice first.");
    await createInvoice(shop.staff, { orderId: order.id, buyer: { legalName: "Meena", address: "12 MG Road, Jaipur 302001", stateCode: "08", gstin: "" } });
    expect((await rejection(sendInvoicePdf(shop.buyer, { orderId: order.id }))).code).toBe("FORBIDDEN");
    const other = await addBuyer(shop.owner, shop.business.id, [], "Kiran");
    expect((await rejection(sendInvoicePdf(other.buyer, { orderId: order.id }))).code).toBe("NOT_FOUND");
    expect(await getDb().document.count({ where: { message: { conversationId: shop.conversation.id } } })).toBe(0);
  });
});
