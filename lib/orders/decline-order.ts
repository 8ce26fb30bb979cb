import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { idSchema, parseInput } from "@/lib/validation";
import { changeOrder, type OrderChanged } from "./order-change";
import { reasonSchema } from "./order-text";
import { systemLine } from "@/lib/i18n/system-line";

export const declineOrderSchema = z.object({ orderId: idSchema, reason: reasonSchema("declined") });

/** A member declines a placed order, saying why. */
export async function declineOrder(actor: Actor, input: unknown): Promise<OrderChanged> {
  const { orderId, reason } = parseInput(declineOrderSchema, input);
  return changeOrder(actor, {
    orderId,
    action: "DECLINE",
    apply: async () => ({ eventData: { reason } }),
    describe: (order) => systemLine("orderDeclined", { number: order.number, name: actor.name, reason }),
  });
}
