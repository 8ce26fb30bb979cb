import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { idSchema, parseInput } from "@/lib/validation";
import { changeOrder, type OrderChanged } from "./order-change";
import { reasonSchema } from "./order-text";
import { systemLine } from "@/lib/i18n/system-line";

export const cancelOrderSchema = z.object({ orderId: idSchema, reason: reasonSchema("cancelled") });

/** The order's buyer or a member cancels it before dispatch, saying why. */
export async function cancelOrder(actor: Actor, input: unknown): Promise<OrderChanged> {
  const { orderId, reason } = parseInput(cancelOrderSchema, input);
  return changeOrder(actor, {
    orderId,
    action: "CANCEL",
    apply: async () => ({ eventData: { reason } }),
    describe: (order) => systemLine("orderCancelled", { number: order.number, name: actor.name, reason }),
  });
}
