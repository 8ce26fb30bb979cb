// A statement as a CSV file for the supplier's or the buyer's spreadsheet: the same lines as the
// screen, dates in India time, amounts as numbers (a balance paid ahead is negative and must stay
// a number: csvAmount).
import { CSV_BOM, csvAmount, csvRow } from "@/lib/orders/csv";
import { indiaDate } from "@/lib/gst/india-time";
import { paymentMethodLabel } from "@/lib/orders/payment-method";
import type { StatementPage } from "./statement";

export function statementCsv(statement: StatementPage): string {
  const lines = [CSV_BOM, csvRow(["Date", "Entry", "Order", "Invoice or reference", "Debit (Rs)", "Credit (Rs)", "Balance (Rs)"])];
  lines.push(csvRow([statement.from ?? "", "Opening balance", "", "", "", "", csvAmount(statement.openingPaise)]));
  for (const e of statement.entries) {
    lines.push(
      e.kind === "order"
        ? csvRow([indiaDate(e.date), "Order", `#${e.orderNumber}`, e.invoiceNumber ?? "", csvAmount(e.debitPaise), "", csvAmount(e.balancePaise)])
        : csvRow([indiaDate(e.date), `Payment (${paymentMethodLabel(e.method) ?? e.method})`, `#${e.orderNumber}`, e.reference ?? "", "", csvAmount(e.creditPaise), csvAmount(e.balancePaise)]),
    );
  }
  lines.push(csvRow([statement.to ?? "", "Closing balance", "", "", csvAmount(statement.debitsPaise), csvAmount(statement.creditsPaise), csvAmount(statement.closingPaise)]));
  return lines.join("");
}

/** "statement-shree-sai-textiles-2026-12-03.csv": ASCII only, as Content-Disposition needs. */
export function statementFilename(otherPartyName: string, today: Date): string {
  const slug = otherPartyName.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "account";
  return `statement-${slug}-${indiaDate(today)}.csv`;
}
