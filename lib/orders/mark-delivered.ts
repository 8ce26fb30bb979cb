import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { idSchema, parseInput } from "@/lib/validation";
import { changeOrder, type OrderChanged } from "./order-change";
import { systemLine } from "@/lib/i18n/system-line";

export const markDeliveredSchema = z.object({ orderId: idSchema });

export async function markDelivered(actor: Actor, input: unknown): Promise<OrderChanged> {
  const { orderId } = parseInput(markDeliveredSchema, input);
  return changeOrder(actor, { orderId, action: "DELIVER", describe: (order) => systemLine("orderDelivered", { number: order.number, name: actor.name }) });
}
