"use server";
import { revalidatePath } from "next/cache";
import { createInvoice } from "@/lib/invoices/create-invoice";
import { actAs } from "@/lib/server-action";

export async function createInvoiceAction(input: unknown) {
  return actAs(
    "member",
    async (actor) => {
      const made = await createInvoice(actor, input);
      revalidatePath(`/orders/${made.orderId}/invoice`);
      return made;
    },
    { loginReturnTo: "/orders" },
  );
}
