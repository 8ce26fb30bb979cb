"use client";
// The owner's credit limit for this buyer (lib/ledger/credit-limit.ts): empty for none.
import { useActionState } from "react";
import { setCreditLimitAction, type CreditLimitState } from "@/app/chats/[conversationId]/statement/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";

export function CreditLimitForm({ conversationId, limitRupees }: { conversationId: string; limitRupees: string }) {
  const [state, action, pending] = useActionState<CreditLimitState, FormData>(setCreditLimitAction, null);
  return (
    <form action={action} className="space-y-2 px-4 print:hidden" aria-label="Credit limit">
      <input type="hidden" name="conversationId" value={conversationId} />
      <label className="block text-sm font-semibold text-stone-700">
        Credit limit (Rs)
        <input
          name="limit"
          inputMode="decimal"
          defaultValue={state?.ok === false ? state.typed : limitRupees}
          placeholder="No limit"
          className="mt-1 block min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-base"
          aria-describedby="credit-limit-hint"
        />
      </label>
      <p id="credit-limit-hint" className="text-xs text-stone-600">
        Accepting an order that takes this buyer above it asks you first. Empty: no limit.
      </p>
      <FormAlert tone={state?.ok ? "success" : "error"} message={state?.message} />
      <Button type="submit" variant="secondary" fullWidth busy={pending}>
        Save credit limit
      </Button>
    </form>
  );
}
