import Link from "next/link";
import { notFound } from "next/navigation";
import { CreateInvoiceForm } from "@/components/gst/CreateInvoiceForm";
import { InvoiceDocument } from "@/components/gst/InvoiceDocument";
import { PrintButton } from "@/components/ui/PrintButton";
import { SendInvoicePdfButton } from "@/components/gst/SendInvoicePdfButton";
import { buttonClasses } from "@/components/ui/Button";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { INVOICEABLE } from "@/lib/invoices/invoiceable";
import { getOrderInvoicePage } from "@/lib/invoices/get-invoice";

export const metadata = { title: "Tax invoice" };

/** An order's tax invoice: printed when made; for the supplier's team, the form that makes it. */
export default async function OrderInvoicePage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const actor = await requireActor(`/orders/${encodeURIComponent(orderId)}/invoice`);
  const page = await getOrderInvoicePage(actor, { orderId }).catch((error: unknown) => {
    // Someone else's order looks exactly like a missing one.
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return null;
    throw error;
  });
  if (!page) notFound();
  const orderHref = `/orders/${page.orderId}`;

  return (
    <>
      <div className="print:hidden">
        <TopBar backHref={orderHref} title={page.invoice ? page.invoice.number : "Tax invoice"} subtitle={`Order #${page.orderNumber}`} />
      </div>
      <main className="flex flex-1 flex-col gap-4 pb-6">
        {page.invoice ? (
          <>
            <InvoiceDocument invoice={page.invoice} transport={page.transport} />
            <div className="flex flex-col gap-3 px-4">
              <PrintButton />
              {page.viewerIsMember ? <SendInvoicePdfButton orderId={page.orderId} /> : null}
            </div>
          </>
        ) : !page.viewerIsMember ? (
          <p className="px-4 py-5 text-base text-stone-700">The supplier has not made a tax invoice for this order yet.</p>
        ) : !INVOICEABLE.includes(page.orderStatus) ? (
          <p className="px-4 py-5 text-base text-stone-700">
            {page.orderStatus === "PLACED" ? "Accept the order first; then its tax invoice can be made here." : "A declined or cancelled order has no tax invoice."}
          </p>
        ) : !page.gstProfile ? (
          <div className="flex flex-col gap-3 px-4 py-5">
            <p className="text-base text-stone-700">Fill in your business&apos;s GST details once (legal name, address, GSTIN); every invoice prints them.</p>
            <Link href="/settings/gst" className={buttonClasses("primary", true)}>
              Fill GST details
            </Link>
          </div>
        ) : (
          <div className="flex flex-col gap-3 px-4 py-5">
            <p className="text-base text-stone-700">
              From {page.gstProfile.legalName} ({page.gstProfile.gstin}). The number comes next in the series {page.gstProfile.invoicePrefix}/…; once made, an invoice does not change.
            </p>
            <CreateInvoiceForm orderId={page.orderId} buyerName={page.buyerName} billing={page.buyerBilling} />
          </div>
        )}
      </main>
    </>
  );
}
