"use server";
import { revalidatePath } from "next/cache";
import { setCreditLimit } from "@/lib/ledger/credit-limit";
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

/** Saved: the limit now (null: none), which the form says in the reader's language. */
export type CreditLimitState = { ok: true; limitPaise: number | null } | { ok: false; code: string; message: string; typed: string } | null;

/** The owner's credit limit form; what was typed stays in the field when it is refused. */
export async function setCreditLimitAction(_previous: CreditLimitState, form: FormData): Promise<CreditLimitState> {
  const input = { conversationId: String(form.get("conversationId") ?? ""), limit: String(form.get("limit") ?? "") };
  const result = await actAs("member", (actor) => setCreditLimit(actor, input), { loginReturnTo: "/chats" });
  if (!result.ok) return { ok: false, code: result.code, message: result.fields?.limit ?? result.message, typed: input.limit };
  revalidatePath(`/chats/${input.conversationId}/statement`);
  return { ok: true, limitPaise: result.data.creditLimitPaise };
}
