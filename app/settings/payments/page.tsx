import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { UpiIdForm } from "@/components/settings/UpiIdForm";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { getUpiId } from "@/lib/businesses/business-upi";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("business"))("payments") };
}

/** Where buyers pay: the UPI ID payment reminders carry. Members see it; the owner changes it. */
export default async function PaymentsSettingsPage() {
  const actor = await requireActor("/settings/payments");
  const business = (await listMyBusinesses(actor))[0];
  if (!business) notFound();
  const [upiId, t] = await Promise.all([getUpiId(actor, business.id), getTranslations("business")]);
  return (
    <ClientMessages namespaces={["business"]}>
      <>
        <TopBar backHref="/settings" title={t("payments")} subtitle={business.name} />
        <main className="flex flex-1 flex-col gap-4 px-4 py-5">
          <p className="text-base text-stone-700">{t("paymentsIntro")}</p>
          <UpiIdForm businessId={business.id} upiId={upiId} canEdit={business.role === "OWNER"} />
        </main>
      </>
    </ClientMessages>
  );
}
