"use client";
import { useTranslations } from "next-intl";
import type { DesignFormText } from "@/lib/designs/parse-design-form";

const fieldClass = "min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-base focus:ring-2 focus:ring-brand-500 focus:outline-none";

interface Props {
  value: DesignFormText;
  onChange: (value: DesignFormText) => void;
  /** Labels must be unique on the page: one set of fields per design. */
  idPrefix: string;
  error?: { field: keyof DesignFormText; message: string } | null;
}

type FieldName = "code" | "title" | "price" | "sizes" | "colours" | "minimumSets";

/** placeholder: a message key, or (for numbers and sizes) the example itself, the same in every language. */
const FIELDS: { name: FieldName; placeholder: { key: "codePlaceholder" | "titlePlaceholder" | "coloursPlaceholder" } | { text: string }; inputMode?: "decimal" | "numeric" | "text" }[] = [
  { name: "code", placeholder: { key: "codePlaceholder" } },
  { name: "title", placeholder: { key: "titlePlaceholder" } },
  { name: "price", placeholder: { text: "450" }, inputMode: "decimal" },
  { name: "sizes", placeholder: { text: "S:1 M:2 L:2 XL:1" } },
  { name: "colours", placeholder: { key: "coloursPlaceholder" } },
  { name: "minimumSets", placeholder: { text: "1" }, inputMode: "numeric" },
];

/** The optional details of one design. Everything may stay blank: the post still goes out. */
export function DesignDetailsFields({ value, onChange, idPrefix, error }: Props) {
  const t = useTranslations("designs.fields");
  return (
    <div className="grid grid-cols-2 gap-2">
      {FIELDS.map((field) => (
        <label key={field.name} className={`flex flex-col gap-1 text-sm font-medium text-stone-700 ${field.name === "title" || field.name === "sizes" || field.name === "colours" ? "col-span-2" : ""}`}>
          {t(field.name)}
          <input
            id={`${idPrefix}-${field.name}`}
            className={fieldClass}
            inputMode={field.inputMode}
            placeholder={"key" in field.placeholder ? t(field.placeholder.key) : field.placeholder.text}
            value={value[field.name] ?? ""}
            aria-invalid={error?.field === field.name || undefined}
            onChange={(event) => onChange({ ...value, [field.name]: event.target.value })}
          />
          {error?.field === field.name ? <span className="text-sm text-red-700">{error.message}</span> : null}
        </label>
      ))}
    </div>
  );
}
