"use client";
import { Button } from "@/components/ui/Button";

/** The browser's print dialog, which also saves the page (an invoice, a statement) as a PDF. */
export function PrintButton() {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()} className="print:hidden">
      Print or save as PDF
    </Button>
  );
}
