import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { idSchema, parseInput } from "@/lib/validation";
import { changeOrder, type OrderChanged } from "./order-change";
import { refreshOrderSearchText } from "@/lib/search/order-search-text";

export const markDispatchedSchema = z.object({
  orderId: idSchema,
  transporter: z.string().trim().min(1, "Enter the transporter.").max(80, "Keep the transporter under 80 characters."),
  lrNumber: z.string().trim().min(1, "Enter the LR number.").max(40, "Keep the LR number under 40 characters."),
  parcels: z.number().int("Parcels must be a whole number.").min(1, "At least 1 parcel.").max(999, "At most 999 parcels."),
  /** A photo of the lorry receipt, uploaded by the business. */
  lrPhotoId: idSchema.optional(),
});

/** A member hands the order to a transporter: who, the lorry receipt number, how many parcels. */
export async function markDispatched(actor: Actor, input: unknown): Promise<OrderChanged> {
  const { orderId, transporter, lrNumber, parcels, lrPhotoId } = parseInput(markDispatchedSchema, input);
  return changeOrder(actor, {
    orderId,
    action: "DISPATCH",
    apply: async ({ tx, order }) => {
      if (lrPhotoId) {
        const photo = await tx.designPhoto.findFirst({ where: { id: lrPhotoId, businessId: order.businessId }, select: { id: true } });
        if (!photo) throw notFound("That LR photo");
      }
      await tx.order.update({ where: { id: order.id }, data: { transporter, lrNumber, parcels, lrPhotoId: lrPhotoId ?? null } });
      await refreshOrderSearchText(tx, order.id); // found by its LR number from now on
      return { eventData: { transporter, lrNumber, parcels, lrPhotoId: lrPhotoId ?? null } };
    },
    describe: (order) => `Order #${order.number} dispatched by ${transporter}, LR ${lrNumber}, ${parcels} ${parcels === 1 ? "parcel" : "parcels"}`,
  });
}
