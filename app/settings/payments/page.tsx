import { notFound } from "next/navigation";
import { UpiIdForm } from "@/components/settings/UpiIdForm";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { getUpiId } from "@/lib/businesses/business-upi";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";

export const metadata = { title: "Payments" };

/** Where buyers pay: the UPI ID payment reminders carry. Members see it; the owner changes it. */
export default async function PaymentsSettingsPage() {
  const actor = await requireActor("/settings/payments");
  const business = (await listMyBusinesses(actor))[0];
  if (!business) notFound();
  const upiId = await getUpiId(actor, business.id);
  return (
    <>
      <TopBar backHref="/settings" title="Payments" subtitle={business.name} />
      <main className="flex flex-1 flex-col gap-4 px-4 py-5">
        <p className="text-base text-stone-700">
          A payment reminder (on a buyer&apos;s statement: More, then Statement, in their chat) sends what is due with a link and QR code that open any UPI app ready to pay this ID.
        </p>
        <UpiIdForm businessId={business.id} upiId={upiId} canEdit={business.role === "OWNER"} />
      </main>
    </>
  );
}
