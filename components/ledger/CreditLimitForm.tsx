"use client";
// The owner's credit limit for this buyer (lib/ledger/credit-limit.ts): empty for none.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setCreditLimitAction, type CreditLimitState } from "@/app/chats/[conversationId]/statement/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { formatRupees } from "@/lib/money";

export function CreditLimitForm({ conversationId, limitRupees }: { conversationId: string; limitRupees: string }) {
  const t = useTranslations("ledger");
  const [state, action, pending] = useActionState<CreditLimitState, FormData>(setCreditLimitAction, null);
  return (
    <form action={action} className="space-y-2 px-4 print:hidden" aria-label={t("creditLimit")}>
      <input type="hidden" name="conversationId" value={conversationId} />
      <label className="block text-sm font-semibold text-stone-700">
        {t("creditLimitRs")}
        <input
          name="limit"
          inputMode="decimal"
          defaultValue={state?.ok === false ? state.typed : limitRupees}
          placeholder={t("noLimitPlaceholder")}
          className="mt-1 block min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-base"
          aria-describedby="credit-limit-hint"
        />
      </label>
      <p id="credit-limit-hint" className="text-xs text-stone-600">
        {t("creditLimitHint")}
      </p>
      <FormAlert tone={state?.ok ? "success" : "error"} message={state?.ok ? (state.limitPaise === null ? t("noLimit") : t("limitSaved", { amount: formatRupees(state.limitPaise) })) : state?.message} />
      <Button type="submit" variant="secondary" fullWidth busy={pending}>
        {t("saveLimit")}
      </Button>
    </form>
  );
}
