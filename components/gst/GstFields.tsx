"use client";
// The fields GST forms share: a state picker and a multi-line address, styled as TextField.
import { useTranslations } from "next-intl";
import { useId, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { GST_STATES } from "@/lib/gst/states";

const fieldClass = (error?: string) =>
  ["block min-h-12 w-full rounded-xl border bg-white px-4 text-base text-stone-900", "focus:outline-none focus:ring-2 focus:ring-brand-500", error ? "border-red-500" : "border-stone-300"].join(" ");

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="mt-1.5 text-sm text-red-700">
      {error}
    </p>
  ) : null;
}

export function StateField({ label, error, ...select }: { label: string; error?: string } & SelectHTMLAttributes<HTMLSelectElement>) {
  const t = useTranslations("gst");
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-stone-700">
        {label}
      </label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className={fieldClass(error)} {...select}>
        <option value="">{t("chooseState")}</option>
        {GST_STATES.map((state) => (
          <option key={state.code} value={state.code}>
            {state.name} ({state.code})
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function AddressField({ label, error, ...area }: { label: string; error?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-stone-700">
        {label}
      </label>
      <textarea id={id} rows={3} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className={`${fieldClass(error)} py-3`} {...area} />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
