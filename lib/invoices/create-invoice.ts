// A member makes the tax invoice of an accepted order: the sums (lib/gst/invoice-math.ts), a
// number from the business's gapless series for the financial year, the buyer's billing details
// kept for next time, and a line in the chat, in one transaction.
//
// Gapless numbers: the series row is updated (lastSerial + 1) inside the transaction; the update
// locks the row on PostgreSQL (SQLite runs one transaction at a time), so concurrent invoices of
// one business take serials one after another, and a transaction that fails rolls its serial
// back. One invoice per order: a repeat (double tap, a second tab) returns the first, backed by
// the unique orderId.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { OrderStatus } from "@/lib/generated/sqlite/enums";
import { rupeesInWords } from "@/lib/gst/amount-in-words";
import { financialYearOf, formatInvoiceNumber, invoiceNumberFits } from "@/lib/gst/financial-year";
import { computeInvoiceTotals } from "@/lib/gst/invoice-math";
import { DEFAULT_GARMENT_RULE, rateBasisPointsFor, rateRuleSchema } from "@/lib/gst/rates";
import { stateName } from "@/lib/gst/states";
import { appendSystemLine } from "@/lib/messages/append-message";
import { MAX_PAISE } from "@/lib/orders/quantities";
import { conflictBackoff, isWriteConflict } from "@/lib/orders/write-conflict";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { recordMessagePosted } from "@/lib/realtime/record-message-event";
import { recordOrderUpdated } from "@/lib/realtime/record-order-updated";
import { idSchema, parseInput } from "@/lib/validation";
import { buyerBillingSchema } from "./buyer-billing";
import { INVOICEABLE } from "./invoiceable";
import { recipientParty, type InvoiceSnapshot } from "./invoice-snapshot";
import { systemLine } from "@/lib/i18n/system-line";
import { isUntitled } from "@/lib/designs/untitled-title";

export const createInvoiceSchema = z.object({ orderId: idSchema, buyer: buyerBillingSchema });

export interface InvoiceCreated {
  invoiceId: string;
  number: string;
  orderId: string;
}

const NOT_YET: Partial<Record<OrderStatus, string>> = {
  PLACED: "Accept the order before making its invoice.",
  DECLINED: "A declined order can't be invoiced.",
  CANCELLED: "A cancelled order can't be invoiced.",
};

const MAX_ATTEMPTS = 3;

function orderForInvoice(actor: Actor, orderId: string) {
  return getDb().order.findFirst({
    where: { id: orderId, business: businessOfMember(actor.id) },
    select: {
      id: true,
      number: true,
      status: true,
      businessId: true,
      conversationId: true,
      invoice: { select: { id: true, number: true } },
      business: { select: { name: true, gstProfile: true } },
      lines: { orderBy: { position: "asc" }, select: { position: true, code: true, title: true, colour: true, pieces: true, pricePerPiecePaise: true, design: { select: { hsnCode: true } } } },
    },
  });
}

export async function createInvoice(actor: Actor, input: unknown): Promise<InvoiceCreated> {
  const { orderId, buyer } = parseInput(createInvoiceSchema, input);
  for (let attempt = 1; ; attempt++) {
    const order = await orderForInvoice(actor, orderId);
    if (!order) throw notFound("That order");
    if (order.invoice) return { invoiceId: order.invoice.id, number: order.invoice.number, orderId };
    if (!INVOICEABLE.includes(order.status)) throw new AppError("CONFLICT", NOT_YET[order.status] ?? "This order can't be invoiced now.");
    const profile = order.business.gstProfile;
    if (!profile) throw new AppError("INVALID", "Fill in your business's GST details first: Account, then GST details.");

    const issuedAt = new Date();
    const financialYear = financialYearOf(issuedAt);
    const rule = profile.rateRule ? rateRuleSchema.parse(profile.rateRule) : DEFAULT_GARMENT_RULE;
    const interState = profile.stateCode !== buyer.stateCode;
    const inputs = order.lines.map((line) => ({ pieces: line.pieces, pricePerPiecePaise: line.pricePerPiecePaise, rateBasisPoints: rateBasisPointsFor(rule, line.pricePerPiecePaise, issuedAt) }));
    const totals = computeInvoiceTotals(inputs, interState);
    if (totals.totalPaise > MAX_PAISE) throw new AppError("INVALID", "This order is too large for one invoice.");
    const snapshot: InvoiceSnapshot = {
      version: 1,
      orderNumber: order.number,
      supplier: {
        legalName: profile.legalName,
        tradeName: order.business.name !== profile.legalName ? order.business.name : null,
        address: profile.address,
        stateCode: profile.stateCode,
        stateName: stateName(profile.stateCode) ?? profile.stateCode,
        gstin: profile.gstin,
      },
      recipient: recipientParty(buyer, stateName),
      placeOfSupply: { stateCode: buyer.stateCode, stateName: stateName(buyer.stateCode) ?? buyer.stateCode },
      // computeInvoiceTotals answers one tax line per input line, in order.
      lines: totals.lines.map((tax, index) => {
        const line = order.lines[index]!;
        return {
          position: line.position,
          // "D-0001 · Design D-0001" says the code twice: an untitled design is its code.
          description: [line.code, isUntitled(line) ? null : line.title, line.colour].filter(Boolean).join(" · "),
          // The design's own code (knitted or not); a deleted design's line takes the default.
          hsnCode: line.design?.hsnCode ?? profile.defaultHsnCode,
          pieces: line.pieces,
          unit: "PCS" as const,
          pricePerPiecePaise: line.pricePerPiecePaise,
          ...tax,
        };
      }),
      totalInWords: rupeesInWords(totals.totalPaise),
      reverseCharge: false,
    };
    await ensureSeries(order.businessId, financialYear);
    try {
      const made = await getDb().$transaction(
        async (tx) => {
          await tx.buyerBilling.upsert({ where: { conversationId: order.conversationId }, create: { conversationId: order.conversationId, ...buyer }, update: buyer });
          const serial = await takeSerial(tx, order.businessId, financialYear);
          if (!invoiceNumberFits(profile.invoicePrefix, financialYear, serial)) {
            throw new AppError("INVALID", "The invoice number would be longer than 16 characters: choose a shorter invoice prefix in the GST details.");
          }
          const number = formatInvoiceNumber(profile.invoicePrefix, financialYear, serial);
          const invoice = await tx.invoice.create({
            data: {
              businessId: order.businessId,
              orderId: order.id,
              financialYear,
              serial,
              number,
              issuedAt,
              interState,
              placeOfSupply: buyer.stateCode,
              taxablePaise: totals.taxablePaise,
              cgstPaise: totals.cgstPaise,
              sgstPaise: totals.sgstPaise,
              igstPaise: totals.igstPaise,
              roundOffPaise: totals.roundOffPaise,
              totalPaise: totals.totalPaise,
              snapshot: snapshot as object,
              createdById: actor.id,
            },
            select: { id: true, number: true },
          });
          // From now on the invoice's total (GST included) is what the buyer owes for the order.
          await tx.order.update({ where: { id: order.id }, data: { billedPaise: totals.totalPaise } });
          const said = systemLine("invoiceMade", { invoice: number, number: order.number });
          const line = await appendSystemLine(tx, { conversationId: order.conversationId, said, clientId: `invoice-${invoice.id}`, orderId: order.id, meta: { invoiceId: invoice.id } });
          const announceLine = await recordMessagePosted(tx, order.conversationId, { id: line.id, seq: line.seq, authorId: null, actorId: actor.id });
          // Open order pages show the invoice's link.
          const announceOrder = await recordOrderUpdated(tx, order.id);
          return { invoice, announce: () => Promise.all([announceLine(), announceOrder()]) };
        },
        { maxWait: 15_000, timeout: 20_000 },
      );
      await made.announce();
      return { invoiceId: made.invoice.id, number: made.invoice.number, orderId };
    } catch (error) {
      // Another tab invoiced this order first (this serial rolled back with the transaction): the
      // next look finds that invoice and answers with it. (Any unique index: the adapters name
      // the column differently, and the look decides.)
      if (isUniqueViolation(error) && attempt < MAX_ATTEMPTS) continue;
      if (!isWriteConflict(error) || attempt >= MAX_ATTEMPTS) throw error;
      await conflictBackoff(attempt);
    }
  }
}

/** The year's series row exists before any transaction locks it (two first invoices of a year
 * would otherwise both try to create it). */
async function ensureSeries(businessId: string, financialYear: string): Promise<void> {
  try {
    await getDb().invoiceSeries.create({ data: { businessId, financialYear } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

async function takeSerial(tx: Tx, businessId: string, financialYear: string): Promise<number> {
  const series = await tx.invoiceSeries.update({
    where: { businessId_financialYear: { businessId, financialYear } },
    data: { lastSerial: { increment: 1 } },
    select: { lastSerial: true },
  });
  return series.lastSerial;
}
