"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { chooseLanguageAction, chooseLanguageOnThisDeviceAction } from "@/app/settings/language/actions";
import { FormAlert } from "@/components/ui/FormAlert";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import "./language-names.css";

/** Three large choices, each written in its own script so a person finds theirs without reading
 * the others. `signedIn` keeps the choice on the account; otherwise on this device only. */
export function LanguagePicker({ signedIn, compact = false }: { signedIn: boolean; compact?: boolean }) {
  const t = useTranslations("language");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function choose(locale: Locale) {
    if (locale === current || pending) return;
    setError(null);
    startTransition(async () => {
      const result = await (signedIn ? chooseLanguageAction : chooseLanguageOnThisDeviceAction)({ locale });
      if (!result.ok) setError(result.message);
      else router.refresh();
    });
  }

  return (
    <div role="radiogroup" aria-label={t("label")} className={compact ? "mx-auto grid w-full max-w-xs grid-cols-3 gap-2" : "flex flex-col gap-2"}>
      {/* Compact, three equal cells: the names' widths never move the buttons (no layout shift when
          their faces arrive). */}
      {error ? (
        <div className="col-span-3">
          <FormAlert message={error} />
        </div>
      ) : null}
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          role="radio"
          aria-checked={locale === current}
          lang={locale}
          disabled={pending}
          onClick={() => choose(locale)}
          className={`language-name flex items-center rounded-xl border font-semibold ${compact ? "min-h-11 justify-center px-2 text-sm" : "min-h-12 justify-between px-4 text-base"} ${locale === current ? "border-brand-600 bg-brand-50 text-brand-800" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50"}`}
        >
          {LOCALE_NAMES[locale]}
          {locale === current && !compact ? <span aria-hidden="true">✓</span> : null}
        </button>
      ))}
    </div>
  );
}
