import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { idSchema, parseInput } from "@/lib/validation";
import { changeOrder, type OrderChanged } from "./order-change";
import { systemLine } from "@/lib/i18n/system-line";

export const markPackedSchema = z.object({ orderId: idSchema });

export async function markPacked(actor: Actor, input: unknown): Promise<OrderChanged> {
  const { orderId } = parseInput(markPackedSchema, input);
  return changeOrder(actor, { orderId, action: "PACK", describe: (order) => systemLine("orderPacked", { number: order.number, name: actor.name }) });
}
