"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { SearchIcon } from "@/components/ui/icons";
import { buttonClasses } from "@/components/ui/Button";
import type { OrderStatus } from "@/lib/generated/sqlite/enums";
import type { LabelView } from "@/lib/labels/labels";
import { moreFilterCount, type OrderQuery } from "./order-query";

// The order a supplier works through them; PLACED reads "New" here because the shared status word
// ("Waiting for supplier") is written for the buyer.
const STATUSES: OrderStatus[] = ["PLACED", "ACCEPTED", "PACKED", "DISPATCHED", "DELIVERED", "DECLINED", "CANCELLED"];

const fieldClasses = "block min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-base text-stone-900 focus:outline-none focus:ring-2 focus:ring-brand-500";

interface OrderFilterFormProps {
  query: OrderQuery;
  buyers: Array<{ buyerId: string; name: string }>;
  /** The business's buyer labels ("VIP", "credit 30 days"): a filter when there are any. */
  labels: Pick<LabelView, "id" | "name">[];
  /** Messages from the service, keyed by filter name. */
  fieldErrors?: Record<string, string>;
}

/** A plain GET form (works before JavaScript loads); with JavaScript, blank fields are left out
 * of the address. A status chip applies at once; the fields under "More filters" (buyer, dates,
 * design code) all apply together with Apply, so none of them reloads the page half-filled. */
export function OrderFilterForm({ query, buyers, labels, fieldErrors = {} }: OrderFilterFormProps) {
  const t = useTranslations("orders.filter");
  const tStatus = useTranslations("status");
  const chipLabel = (status: OrderStatus) => (status === "PLACED" ? t("new") : tStatus(status));
  const router = useRouter();
  const more = moreFilterCount(query);
  // Shown on the closed "More filters" row, so the results stay in view with the filters named.
  const dates = query.from && query.to ? t("dateRange", { from: query.from, to: query.to }) : query.from ? t("dateFrom", { from: query.from }) : query.to ? t("dateUntil", { to: query.to }) : "";
  const labelName = labels.find((label) => label.id === query.labelId)?.name ?? (query.labelId ? t("aLabel") : "");
  const moreSummary = [buyers.find((b) => b.buyerId === query.buyerId)?.name ?? (query.buyerId ? t("oneBuyer") : ""), labelName, dates, query.designCode.toUpperCase()].filter(Boolean).join(" · ");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const search = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim()) search.append(key, value.trim());
    }
    const text = search.toString();
    router.push(text ? `/orders?${text}` : "/orders");
  }

  const applyNow = (event: { currentTarget: HTMLInputElement | HTMLSelectElement }) => event.currentTarget.form?.requestSubmit();

  return (
    <form role="search" aria-label={t("label")} action="/orders" method="get" onSubmit={submit} className="space-y-1 border-b border-stone-100 pb-2">
      <div className="flex items-center gap-2 px-3 pt-2">
        <label className="flex min-h-11 flex-1 items-center gap-2 rounded-full bg-stone-100 px-4 text-stone-500 focus-within:ring-2 focus-within:ring-brand-500">
          <span className="sr-only">{t("orderNumber")}</span>
          <span aria-hidden className="text-base font-semibold">#</span>
          <input
            name="number"
            type="search"
            inputMode="numeric"
            enterKeyHint="search"
            defaultValue={query.number}
            placeholder={t("findPlaceholder")}
            aria-invalid={fieldErrors.number ? true : undefined}
            className="min-h-11 w-full bg-transparent text-base text-stone-900 placeholder:text-stone-500 focus:outline-none"
          />
        </label>
        <button type="submit" aria-label={t("search")} className="inline-flex size-11 shrink-0 items-center justify-center rounded-full bg-brand-600 text-white active:bg-brand-800">
          <SearchIcon />
        </button>
      </div>

      <fieldset className="relative flex min-w-0 gap-2 overflow-x-auto px-3 py-1.5 [scrollbar-width:none]">
        <legend className="sr-only">{t("status")}</legend>
        {STATUSES.map((status) => (
          <label key={status} className="relative shrink-0">
            <input type="checkbox" name="status" value={status} defaultChecked={query.status.includes(status)} onChange={applyNow} className="peer sr-only" />
            <span className="inline-flex min-h-11 cursor-pointer items-center rounded-full bg-white px-4 text-sm font-semibold whitespace-nowrap text-stone-700 ring-1 ring-stone-300 peer-checked:bg-brand-600 peer-checked:text-white peer-checked:ring-brand-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">
              {chipLabel(status)}
            </span>
          </label>
        ))}
      </fieldset>

      <details open={Object.keys(fieldErrors).length > 0} className="group px-3">
        <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 rounded-xl px-1 text-sm font-semibold text-brand-700 [&::-webkit-details-marker]:hidden">
          <span className="flex min-w-0 items-center gap-2">
            <span className="shrink-0">{t("moreFilters")}</span>
            {more ? <span className="shrink-0 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">{more}</span> : null}
            {moreSummary ? <span className="truncate font-normal text-stone-700">{moreSummary}</span> : null}
          </span>
          <span aria-hidden className="shrink-0 text-lg transition-transform group-open:rotate-180">⌄</span>
        </summary>
        <div className="space-y-3 pt-1 pb-2">
          <FilterSelect name="buyerId" label={t("buyer")} anyLabel={t("allBuyers")} value={query.buyerId} options={buyers.map((buyer) => ({ value: buyer.buyerId, name: buyer.name }))} />
          {labels.length ? <FilterSelect name="labelId" label={t("labelFilter")} anyLabel={t("anyLabel")} value={query.labelId} options={labels.map((label) => ({ value: label.id, name: label.name }))} /> : null}
          <div className="grid grid-cols-2 gap-3">
            <div>
              <label htmlFor="order-filter-from" className="mb-1 block text-sm font-medium text-stone-700">
                {t("from")}
              </label>
              <input id="order-filter-from" name="from" type="date" defaultValue={query.from} aria-invalid={fieldErrors.from ? true : undefined} className={fieldClasses} />
            </div>
            <div>
              <label htmlFor="order-filter-to" className="mb-1 block text-sm font-medium text-stone-700">
                {t("to")}
              </label>
              <input id="order-filter-to" name="to" type="date" defaultValue={query.to} aria-invalid={fieldErrors.to ? true : undefined} className={fieldClasses} />
            </div>
          </div>
          <div>
            <label htmlFor="order-filter-design" className="mb-1 block text-sm font-medium text-stone-700">
              {t("designCode")}
            </label>
            <input
              id="order-filter-design"
              name="designCode"
              type="text"
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              defaultValue={query.designCode}
              placeholder={t("designPlaceholder")}
              aria-invalid={fieldErrors.designCode ? true : undefined}
              className={fieldClasses}
            />
          </div>
          <div className="grid grid-cols-2 gap-3">
            <Link prefetch={false} href="/orders" className={buttonClasses("ghost", true)}>
              {t("clearAll")}
            </Link>
            <button type="submit" className={buttonClasses("primary", true)}>
              {t("apply")}
            </button>
          </div>
        </div>
      </details>
    </form>
  );
}

/** One of "More filters"' lists (a buyer, a label): the first choice means no filter. */
function FilterSelect({ name, label, anyLabel, value, options }: { name: string; label: string; anyLabel: string; value: string; options: { value: string; name: string }[] }) {
  const id = `order-filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-700">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={fieldClasses}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
