// The invoice's PDF, sent into the order's chat as a document by the member who asks (made with
// the invoice, or again from its page). Goes through postDocument like any PDF sent from a phone:
// checked by content, stored, one message with the live event. The clientId names the invoice,
// so a repeat by the same person (double tap, retry) sends one document.
import type { Actor } from "@/lib/auth/actor";
import { postDocument } from "@/lib/documents/post-document";
import { AppError } from "@/lib/errors";
import type { PostedMessage } from "@/lib/messages/post-message";
import { getOrderInvoicePage } from "./get-invoice";
import { renderInvoicePdf } from "./invoice-pdf";

/** "SSH/26-27/0001" → "Invoice SSH-26-27-0001.pdf": a slash cannot be in a file name. */
export function invoiceFileName(number: string): string {
  return `Invoice ${number.replaceAll("/", "-")}.pdf`;
}

export async function sendInvoicePdf(actor: Actor, input: unknown): Promise<PostedMessage> {
  const page = await getOrderInvoicePage(actor, input);
  if (!page.viewerIsMember) throw new AppError("FORBIDDEN", "Only the supplier's team can send the invoice.");
  if (!page.invoice) throw new AppError("CONFLICT", "Make the invoice first.");
  const bytes = renderInvoicePdf(page.invoice, page.transport);
  return postDocument(actor, { conversationId: page.conversationId, clientId: `invoice-pdf-${page.invoice.id}`, name: invoiceFileName(page.invoice.number), bytes });
}
