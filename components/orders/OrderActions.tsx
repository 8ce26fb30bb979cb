"use client";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { MessageView } from "@/lib/messages/message-view";
import { orderDuePaise } from "@/lib/orders/order-due";
import { sendJson } from "@/components/ui/send-json";
import { ABOVE_CREDIT_LIMIT } from "@/lib/ledger/credit-field";
import { ORDER_ACTIONS, type OrderAction } from "@/lib/orders/order-transitions";
import type { FormAction } from "./OrderActionForm";

// The form behind Dispatch and Payment received loads when one of them is tapped.
const OrderActionForm = dynamic(() => import("./OrderActionForm").then((m) => m.OrderActionForm));

type Order = NonNullable<MessageView["order"]>;

// What each button is called (a key of "orders.actions"), the route's action name, and whether it needs a form first.
const BUTTONS: { action: OrderAction; route: string; label: "accept" | "decline" | "paymentReceived" | "packed" | "dispatch" | "delivered" | "cancelOrder"; form?: FormAction; primary?: boolean }[] = [
  { action: "ACCEPT", route: "accept", label: "accept", primary: true },
  { action: "DECLINE", route: "decline", label: "decline", form: "decline" },
  { action: "RECORD_PAYMENT", route: "payment", label: "paymentReceived", form: "payment" },
  { action: "PACK", route: "pack", label: "packed" },
  { action: "DISPATCH", route: "dispatch", label: "dispatch", form: "dispatch", primary: true },
  { action: "DELIVER", route: "deliver", label: "delivered", primary: true },
  { action: "CANCEL", route: "cancel", label: "cancelOrder", form: "cancel" },
];

const ACCEPT_BUTTON = BUTTONS.find((button) => button.action === "ACCEPT")!;

/** The next steps of an order, from the table every lifecycle service checks (order-transitions.ts):
 * only buttons that would be allowed are shown. The server decides again. */
export function OrderActions({ order, viewerIsMember }: { order: Order; viewerIsMember: boolean }) {
  const t = useTranslations("orders.actions");
  const [form, setForm] = useState<(typeof BUTTONS)[number] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Accepting took the buyer above their credit limit: the supplier is asked, not stopped.
  const [aboveLimit, setAboveLimit] = useState<string | null>(null);
  const limitAlert = useRef<HTMLDivElement>(null);
  // The question appears under the buttons, maybe below the screen's edge: bring it into view once.
  useEffect(() => {
    if (aboveLimit) limitAlert.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [aboveLimit]);
  const role = viewerIsMember ? "MEMBER" : "BUYER";
  const available = BUTTONS.filter(({ action }) => {
    const rule = ORDER_ACTIONS[action];
    // Once invoiced, the invoice's total (GST included) is what is owed.
    if (action === "RECORD_PAYMENT" && order.paidPaise >= orderDuePaise(order)) return false;
    // Before acceptance a supplier says no by declining (with a reason the buyer sees); offering
    // "Cancel order" beside it too would be two buttons for one thing.
    if (action === "CANCEL" && role === "MEMBER" && ORDER_ACTIONS.DECLINE.from.includes(order.status)) return false;
    return rule.by.includes(role) && rule.from.includes(order.status);
  });
  if (!available.length) return null;

  async function run(button: (typeof BUTTONS)[number], details: Record<string, unknown> = {}) {
    setBusy(true);
    setError(null);
    setAboveLimit(null);
    const result = await sendJson(`/api/orders/${order.id}`, "POST", { action: button.route, ...details });
    setBusy(false);
    if (result.ok) setForm(null);
    else if (result.fields?.[ABOVE_CREDIT_LIMIT]) setAboveLimit(result.message);
    else setError(result.message);
  }

  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap gap-2">
        {available.map((button) => (
          <button
            key={button.action}
            type="button"
            disabled={busy}
            onClick={() => (button.form ? (setError(null), setForm(button)) : void run(button))}
            className={`min-h-11 rounded-full px-4 text-sm font-semibold ${button.primary ? "bg-brand-600 text-white" : "bg-white text-brand-800 ring-1 ring-brand-600/40"}`}
          >
            {t(button.label)}
          </button>
        ))}
      </div>
      {aboveLimit ? (
        <div role="alert" ref={limitAlert} className="space-y-2 rounded-xl bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-200">
          <p>{aboveLimit}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={busy} onClick={() => void run(ACCEPT_BUTTON, { aboveCreditLimit: true })} className="min-h-11 rounded-full bg-brand-600 px-4 text-sm font-semibold text-white">
              {t("acceptAnyway")}
            </button>
            <button type="button" onClick={() => setAboveLimit(null)} className="min-h-11 rounded-full bg-white px-4 text-sm font-semibold text-brand-800 ring-1 ring-brand-600/40">
              {t("notNow")}
            </button>
          </div>
        </div>
      ) : null}
      {error && !form ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {form?.form ? (
        <OrderActionForm
          action={form.form}
          number={order.number}
          businessId={order.businessId}
          balancePaise={orderDuePaise(order) - order.paidPaise}
          busy={busy}
          error={error}
          onClose={() => setForm(null)}
          onSubmit={(details) => void run(form, details)}
        />
      ) : null}
    </div>
  );
}
