"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";

/** The browser's print dialog, which also saves the page (an invoice, a statement) as a PDF. */
export function PrintButton() {
  const t = useTranslations("ui");
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()} className="print:hidden">
      {t("printOrSave")}
    </Button>
  );
}
