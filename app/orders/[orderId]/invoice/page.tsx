import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
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
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("gst.invoice"))("title") };
}

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
  const t = await getTranslations("gst.invoice");

  return (
    <ClientMessages namespaces={["gst", "ui"]}>
      <>
        <div className="print:hidden">
          <TopBar backHref={orderHref} title={page.invoice ? page.invoice.number : t("title")} subtitle={t("order", { number: String(page.orderNumber) })} />
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
            <p className="px-4 py-5 text-base text-stone-700">{t("notYet")}</p>
          ) : !INVOICEABLE.includes(page.orderStatus) ? (
            <p className="px-4 py-5 text-base text-stone-700">
              {page.orderStatus === "PLACED" ? t("acceptFirst") : t("noInvoice")}
            </p>
          ) : !page.gstProfile ? (
            <div className="flex flex-col gap-3 px-4 py-5">
              <p className="text-base text-stone-700">{t("fillFirst")}</p>
              <Link prefetch={false} href="/settings/gst" className={buttonClasses("primary", true)}>
                {t("fillDetails")}
              </Link>
            </div>
          ) : (
            <div className="flex flex-col gap-3 px-4 py-5">
              <p className="text-base text-stone-700">
                {t("from", { name: page.gstProfile.legalName, gstin: page.gstProfile.gstin, prefix: page.gstProfile.invoicePrefix })}
              </p>
              <CreateInvoiceForm orderId={page.orderId} buyerName={page.buyerName} billing={page.buyerBilling} />
            </div>
          )}
        </main>
      </>
    </ClientMessages>
  );
}
