"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { orderAgainAction, type OrderAgainState } from "@/app/orders/actions";
import { Button, buttonClasses } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";

/** The request id comes from the page that rendered the button and is kept for its life (a live
 * refresh re-renders the page with a new one), so a double tap or a retry adds the picks once. */
export function OrderAgainButton({ orderId, clientId: renderedClientId }: { orderId: string; clientId: string }) {
  const t = useTranslations("orders");
  const [clientId] = useState(renderedClientId);
  const [state, action, pending] = useActionState<OrderAgainState, FormData>(orderAgainAction, null);

  return (
    <div className="space-y-3">
      <form action={action}>
        <input type="hidden" name="orderId" value={orderId} />
        <input type="hidden" name="clientId" value={clientId} />
        <Button type="submit" fullWidth busy={pending}>
          {t("detail.orderAgain")}
        </Button>
      </form>
      {state && !state.ok ? <FormAlert message={state.message} /> : null}
      {state?.ok ? (
        <div role="status" className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-950 ring-1 ring-amber-200">
          <p className="font-semibold">
            {state.added ? t("detail.backInTray", { count: state.added }) : t("detail.noneBack")}
          </p>
          <ul className="mt-2 space-y-1">
            {state.skipped.map((line) => (
              <li key={line.position}>
                <span className="font-semibold">{line.code}</span>: {line.message}
              </li>
            ))}
          </ul>
          <Link prefetch={false} href={`/chats/${state.conversationId}`} className={`${buttonClasses("primary", true)} mt-3`}>
            {state.added ? t("detail.reviewTray") : t("openChat")}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
