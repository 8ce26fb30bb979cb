import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { checkCreditLimit } from "@/lib/ledger/credit-limit";
import { idSchema, parseInput } from "@/lib/validation";
import { changeOrder, type OrderChanged } from "./order-change";
import { systemLine } from "@/lib/i18n/system-line";

export const acceptOrderSchema = z.object({
  orderId: idSchema,
  /** The supplier saw that this order takes the buyer above their credit limit, and accepts it. */
  aboveCreditLimit: z.boolean().optional(),
});

/** A member accepts a placed order (asked first when it takes the buyer above their credit limit). */
export async function acceptOrder(actor: Actor, input: unknown): Promise<OrderChanged> {
  const { orderId, aboveCreditLimit } = parseInput(acceptOrderSchema, input);
  return changeOrder(actor, {
    orderId,
    action: "ACCEPT",
    apply: async ({ tx, order }) => {
      await checkCreditLimit(tx, order, aboveCreditLimit === true);
      return {};
    },
    describe: (order) => systemLine("orderAccepted", { number: order.number, name: actor.name }),
  });
}
