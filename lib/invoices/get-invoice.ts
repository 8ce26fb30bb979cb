// An order's tax invoice as its page prints it, and what the page needs to make one. The buyer's
// side and the business's members see an order's invoice; anyone else is told the order does
// not exist, as for the order itself.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { orderVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { OrderStatus } from "@/lib/generated/sqlite/enums";
import { parseIdInput } from "@/lib/validation";
import { buyerBillingSelect, type BuyerBillingView } from "./buyer-billing";
import type { GstProfileView } from "./gst-profile";
import type { InvoiceSnapshot } from "./invoice-snapshot";

export interface InvoiceView {
  id: string;
  number: string;
  issuedAt: Date;
  interState: boolean;
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  roundOffPaise: number;
  totalPaise: number;
  snapshot: InvoiceSnapshot;
}

export interface OrderInvoicePage {
  orderId: string;
  orderNumber: number;
  orderStatus: OrderStatus;
  orderTotalPaise: number;
  conversationId: string;
  viewerIsMember: boolean;
  buyerName: string;
  /** Dispatch details print on the invoice as they are now (an invoice is often made before dispatch). */
  transport: { transporter: string | null; lrNumber: string | null; ewayBillNumber: string | null };
  invoice: InvoiceView | null;
  /** For a member making the first invoice: the business's GST details and the buyer's kept ones. */
  gstProfile: GstProfileView | null;
  buyerBilling: BuyerBillingView | null;
}

const invoiceSelect = {
  id: true,
  number: true,
  issuedAt: true,
  interState: true,
  taxablePaise: true,
  cgstPaise: true,
  sgstPaise: true,
  igstPaise: true,
  roundOffPaise: true,
  totalPaise: true,
  snapshot: true,
} as const;

export async function getOrderInvoicePage(actor: Actor, input: unknown): Promise<OrderInvoicePage> {
  const { orderId } = parseIdInput("orderId", input);
  const order = await getDb().order.findFirst({
    where: { id: orderId, ...orderVisibleTo(actor.id) },
    select: {
      id: true,
      number: true,
      status: true,
      totalPaise: true,
      conversationId: true,
      transporter: true,
      lrNumber: true,
      ewayBillNumber: true,
      buyer: { select: { name: true } },
      invoice: { select: invoiceSelect },
      conversation: { select: { billing: { select: buyerBillingSelect } } },
      business: {
        select: {
          members: { where: { userId: actor.id }, select: { role: true } },
          gstProfile: { select: { legalName: true, address: true, stateCode: true, gstin: true, invoicePrefix: true, defaultHsnCode: true } },
        },
      },
    },
  });
  if (!order) throw notFound("That order");
  const viewerIsMember = order.business.members.length > 0;
  return {
    orderId: order.id,
    orderNumber: order.number,
    orderStatus: order.status,
    orderTotalPaise: order.totalPaise,
    conversationId: order.conversationId,
    viewerIsMember,
    buyerName: order.buyer.name,
    transport: { transporter: order.transporter, lrNumber: order.lrNumber, ewayBillNumber: order.ewayBillNumber },
    invoice: order.invoice ? { ...order.invoice, snapshot: order.invoice.snapshot as unknown as InvoiceSnapshot } : null,
    // The business's and the buyer's billing details are for the supplier's team only.
    gstProfile: viewerIsMember ? order.business.gstProfile : null,
    buyerBilling: viewerIsMember ? (order.conversation.billing ?? null) : null,
  };
}
