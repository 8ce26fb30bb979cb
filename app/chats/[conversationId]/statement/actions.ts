"use server";
import { sendPaymentReminder } from "@/lib/ledger/payment-reminder";
import { actAs } from "@/lib/server-action";

export async function sendPaymentReminderAction(input: unknown) {
  return actAs(
    "member",
    async (actor) => {
      const sent = await sendPaymentReminder(actor, input);
      return { messageId: sent.id, amountPaise: sent.amountPaise };
    },
    { loginReturnTo: "/chats" },
  );
}
