"use server";
import { redirect } from "next/navigation";
import { orderAgain } from "@/lib/orders/order-again";
import { actAs } from "@/lib/server-action";

export type OrderAgainState =
  | null
  | { ok: false; message: string }
  | { ok: true; conversationId: string; added: number; skipped: Array<{ position: number; code: string; message: string }> };

/** "Order again": the order's lines go back into the buyer's tray. With every line back, the buyer
 * lands in the chat to review; when some could not come back, the order page says which and why. */
export async function orderAgainAction(_previous: OrderAgainState, form: FormData): Promise<OrderAgainState> {
  // The order's buyer only: orderAgain finds the order among the actor's own.
  const result = await actAs("signed-in", (actor) => orderAgain(actor, { orderId: form.get("orderId"), clientId: form.get("clientId") }));
  if (!result.ok) return { ok: false, message: result.message };
  const { conversationId, picks, skipped } = result.data;
  // redirect() throws; it stays outside runAction so it is not mistaken for a failure.
  if (skipped.length === 0) redirect(`/chats/${conversationId}`);
  return { ok: true, conversationId, added: picks.length, skipped: skipped.map(({ position, code, message }) => ({ position, code, message })) };
}
