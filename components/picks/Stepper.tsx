"use client";
import { useTranslations } from "next-intl";

/** − [n] + with 48 px buttons: quantities chosen with one thumb. */
export function Stepper({ value, onChange, min = 0, max = 10_000, label }: { value: number; onChange: (value: number) => void; min?: number; max?: number; label: string }) {
  const t = useTranslations("picks");
  const set = (next: number) => onChange(Math.min(max, Math.max(min, Number.isFinite(next) ? Math.round(next) : min)));
  return (
    <div className="flex items-center gap-2">
      <button type="button" onClick={() => set(value - 1)} disabled={value <= min} aria-label={t("fewer", { label })} className="inline-flex size-12 items-center justify-center rounded-full bg-stone-200 text-2xl font-semibold disabled:opacity-40">
        −
      </button>
      <input
        type="number"
        inputMode="numeric"
        aria-label={label}
        value={value}
        min={min}
        max={max}
        onChange={(event) => set(Number(event.target.value))}
        className="h-12 w-20 rounded-lg border border-stone-300 text-center text-lg font-semibold"
      />
      <button type="button" onClick={() => set(value + 1)} disabled={value >= max} aria-label={t("more", { label })} className="inline-flex size-12 items-center justify-center rounded-full bg-stone-200 text-2xl font-semibold disabled:opacity-40">
        +
      </button>
    </div>
  );
}
