"use server";
import { revalidatePath } from "next/cache";
import { createInvoice } from "@/lib/invoices/create-invoice";
import { sendInvoicePdf } from "@/lib/invoices/send-invoice-pdf";
import { actAs } from "@/lib/server-action";

/** Makes the invoice, then sends its PDF to the chat. The invoice stands if the PDF cannot go;
 * the page offers to send it again. */
export async function createInvoiceAction(input: unknown) {
  return actAs(
    "member",
    async (actor) => {
      const made = await createInvoice(actor, input);
      const pdfSent = await sendInvoicePdf(actor, { orderId: made.orderId }).then(
        () => true,
        (error: unknown) => {
          console.error("Could not send the invoice PDF", made.number, error);
          return false;
        },
      );
      revalidatePath(`/orders/${made.orderId}/invoice`);
      return { ...made, pdfSent };
    },
    { loginReturnTo: "/orders" },
  );
}

export async function sendInvoicePdfAction(input: unknown) {
  return actAs("member", async (actor) => {
    await sendInvoicePdf(actor, input);
  }, { loginReturnTo: "/orders" });
}
