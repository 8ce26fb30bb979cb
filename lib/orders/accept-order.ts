import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { idSchema, parseInput } from "@/lib/validation";
import { changeOrder, type OrderChanged } from "./order-change";

export const acceptOrderSchema = z.object({ orderId: idSchema });

/** A member accepts a placed order. */
export async function acceptOrder(actor: Actor, input: unknown): Promise<OrderChanged> {
  const { orderId } = parseInput(acceptOrderSchema, input);
  return changeOrder(actor, { orderId, action: "ACCEPT", describe: (order) => `Order #${order.number} accepted by ${actor.name}` });
}
