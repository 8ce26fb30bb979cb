// A tax invoice as issued (its snapshot), laid out to read on a phone and to print on A4: the
// fields CGST Rule 46 asks for, tax per line, CGST+SGST within a state or IGST between states,
// the round-off, the total in figures and words, and the dispatch details as they are now.
import type { InvoiceView } from "@/lib/invoices/get-invoice";
import type { InvoiceParty } from "@/lib/invoices/invoice-snapshot";
import { formatRupees } from "@/lib/money";

const percent = (basisPoints: number) => `${basisPoints / 100}%`;
const rupees = (paise: number) => formatRupees(paise).replace(/^Rs /, "");
const issuedDate = (date: Date) => new Intl.DateTimeFormat("en-IN", { day: "2-digit", month: "short", year: "numeric", timeZone: "Asia/Kolkata" }).format(date);

function Party({ title, party }: { title: string; party: InvoiceParty }) {
  return (
    <section className="min-w-0 flex-1">
      <h3 className="text-xs font-semibold tracking-wide text-stone-500 uppercase">{title}</h3>
      <p className="font-semibold">{party.legalName}</p>
      {party.tradeName ? <p className="text-stone-600">Trading as {party.tradeName}</p> : null}
      <p className="whitespace-pre-line">{party.address}</p>
      <p>
        State: {party.stateName} ({party.stateCode})
      </p>
      <p>GSTIN: {party.gstin ?? "Unregistered"}</p>
    </section>
  );
}

export function InvoiceDocument({ invoice, transport }: { invoice: InvoiceView; transport: { transporter: string | null; lrNumber: string | null; ewayBillNumber: string | null } }) {
  const { snapshot } = invoice;
  const intra = !invoice.interState;
  const transportRows = [
    ["Transporter", transport.transporter],
    ["LR number", transport.lrNumber],
    ["E-way bill", transport.ewayBillNumber],
  ].filter((row): row is [string, string] => Boolean(row[1]));
  return (
    <article aria-label={`Tax invoice ${invoice.number}`} className="space-y-4 bg-white px-4 py-4 text-sm text-stone-900 print:px-0">
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-300 pb-3">
        <h2 className="text-xl font-bold">Tax invoice</h2>
        <dl className="grid grid-cols-[auto_auto] gap-x-3 text-right">
          <dt className="text-stone-600">Invoice no.</dt>
          <dd className="font-semibold" data-testid="invoice-number">
            {invoice.number}
          </dd>
          <dt className="text-stone-600">Date</dt>
          <dd>{issuedDate(invoice.issuedAt)}</dd>
          <dt className="text-stone-600">Order</dt>
          <dd>#{snapshot.orderNumber}</dd>
        </dl>
      </header>
      <div className="flex flex-col gap-4 sm:flex-row">
        <Party title="Supplier" party={snapshot.supplier} />
        <Party title="Billed to" party={snapshot.recipient} />
      </div>
      <p>
        Place of supply: {snapshot.placeOfSupply.stateName} ({snapshot.placeOfSupply.stateCode}) · Reverse charge: No
      </p>
      {/* Four columns fit a phone's width and an A4 page alike: each tax head under its rate. */}
      <table className="w-full border-collapse text-left tabular-nums">
        <thead>
          <tr className="border-y border-stone-300 text-xs text-stone-600">
            <th className="py-1.5 pr-2">Item</th>
            <th className="py-1.5 pr-2 text-right">Qty × rate</th>
            <th className="py-1.5 pr-2 text-right">Taxable</th>
            <th className="py-1.5 text-right">{intra ? "CGST + SGST" : "IGST"}</th>
          </tr>
        </thead>
        <tbody>
          {snapshot.lines.map((line, index) => (
            <tr key={line.position} className="border-b border-stone-200 align-top">
              <td className="py-1.5 pr-2">
                {index + 1}. {line.description}
                <span className="block text-xs text-stone-600">HSN {line.hsnCode}</span>
              </td>
              <td className="py-1.5 pr-2 text-right">
                {line.pieces} PCS
                <span className="block text-xs text-stone-600">× {rupees(line.pricePerPiecePaise)}</span>
              </td>
              <td className="py-1.5 pr-2 text-right">{rupees(line.taxablePaise)}</td>
              <td className="py-1.5 text-right">
                {intra ? (
                  <>
                    {percent(line.rateBasisPoints / 2)}: {rupees(line.cgstPaise)}
                    <span className="block">
                      {percent(line.rateBasisPoints / 2)}: {rupees(line.sgstPaise)}
                    </span>
                  </>
                ) : (
                  <>
                    {percent(line.rateBasisPoints)}: {rupees(line.igstPaise)}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="ml-auto grid max-w-xs grid-cols-[1fr_auto] gap-x-4 gap-y-1 tabular-nums">
        <dt>Taxable value</dt>
        <dd className="text-right">{formatRupees(invoice.taxablePaise)}</dd>
        {intra ? (
          <>
            <dt>CGST</dt>
            <dd className="text-right">{formatRupees(invoice.cgstPaise)}</dd>
            <dt>SGST</dt>
            <dd className="text-right">{formatRupees(invoice.sgstPaise)}</dd>
          </>
        ) : (
          <>
            <dt>IGST</dt>
            <dd className="text-right">{formatRupees(invoice.igstPaise)}</dd>
          </>
        )}
        <dt>Round off</dt>
        <dd className="text-right">{formatRupees(invoice.roundOffPaise)}</dd>
        <dt className="border-t border-stone-300 pt-1 text-base font-bold">Total</dt>
        <dd className="border-t border-stone-300 pt-1 text-right text-base font-bold" data-testid="invoice-total">
          {formatRupees(invoice.totalPaise)}
        </dd>
      </dl>
      <p className="font-medium">{snapshot.totalInWords}</p>
      {transportRows.length ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-xl bg-stone-50 px-3 py-2 ring-1 ring-stone-200 print:bg-white">
          {transportRows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-stone-600">{label}</dt>
              <dd className="font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <footer className="pt-6 text-right">
        <p>For {snapshot.supplier.legalName}</p>
        <p className="pt-8 text-stone-600">Authorised signatory</p>
      </footer>
    </article>
  );
}
