import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { idSchema, parseInput } from "@/lib/validation";
import { changeOrder, type OrderChanged } from "./order-change";
import { refreshOrderSearchText } from "@/lib/search/order-search-text";
import { systemLine } from "@/lib/i18n/system-line";

export const markDispatchedSchema = z.object({
  orderId: idSchema,
  transporter: z.string().trim().min(1, "Enter the transporter.").max(80, "Keep the transporter under 80 characters."),
  lrNumber: z.string().trim().min(1, "Enter the LR number.").max(40, "Keep the LR number under 40 characters."),
  parcels: z.number().int("Parcels must be a whole number.").min(1, "At least 1 parcel.").max(999, "At most 999 parcels."),
  /** 12 digits; spaces as typed are dropped. Asked for larger orders (below). */
  ewayBillNumber: z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/\s+/g, "") || undefined : value),
    z.string().regex(/^\d{12}$/, "An e-way bill number has 12 digits.").optional(),
  ),
  /** A photo of the lorry receipt, uploaded by the business. */
  lrPhotoId: idSchema.optional(),
});

/** Goods worth Rs 50,000 or more travel with an e-way bill (GST rule 138). */
export const EWAY_BILL_FROM_PAISE = 50_000_00;

/** A member hands the order to a transporter: who, the lorry receipt number, how many parcels,
 * and the e-way bill when a GST-registered business sends Rs 50,000 or more. */
export async function markDispatched(actor: Actor, input: unknown): Promise<OrderChanged> {
  const { orderId, transporter, lrNumber, parcels, lrPhotoId, ewayBillNumber } = parseInput(markDispatchedSchema, input);
  return changeOrder(actor, {
    orderId,
    action: "DISPATCH",
    apply: async ({ tx, order }) => {
      if (lrPhotoId) {
        const photo = await tx.designPhoto.findFirst({ where: { id: lrPhotoId, businessId: order.businessId }, select: { id: true } });
        if (!photo) throw notFound("That LR photo");
      }
      if (!ewayBillNumber && order.totalPaise >= EWAY_BILL_FROM_PAISE) {
        // Only a GST-registered business (its GST details filled in) makes e-way bills.
        const registered = await tx.businessGstProfile.findUnique({ where: { businessId: order.businessId }, select: { businessId: true } });
        if (registered) {
          throw new AppError("INVALID", "An order of Rs 50,000 or more travels with an e-way bill: enter its 12-digit number.", { key: "ewayBillNeeded", fields: { ewayBillNumber: "Enter the e-way bill number." } });
        }
      }
      await tx.order.update({ where: { id: order.id }, data: { transporter, lrNumber, parcels, lrPhotoId: lrPhotoId ?? null, ewayBillNumber: ewayBillNumber ?? null } });
      await refreshOrderSearchText(tx, order.id); // found by its LR number from now on
      return { eventData: { transporter, lrNumber, parcels, lrPhotoId: lrPhotoId ?? null, ewayBillNumber: ewayBillNumber ?? null } };
    },
    describe: (order) =>
      ewayBillNumber
        ? systemLine("orderDispatchedEway", { number: order.number, transporter, lr: lrNumber, parcels, eway: ewayBillNumber })
        : systemLine("orderDispatched", { number: order.number, transporter, lr: lrNumber, parcels }),
  });
}
