import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GstProfileForm } from "@/components/gst/GstProfileForm";
import { RateRuleForm } from "@/components/gst/RateRuleForm";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { financialYearOf } from "@/lib/gst/financial-year";
import { indiaDate } from "@/lib/gst/india-time";
import { getGstProfile } from "@/lib/invoices/gst-profile";
import { getRateRule } from "@/lib/invoices/rate-rule";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("gst"))("title") };
}

/** Up to 3 initials of the business name: "Surat Silk House" → SSH. */
function initialsOf(name: string): string {
  const initials = name
    .split(/\s+/)
    .map((word) => word.replace(/[^A-Za-z0-9]/g, "").charAt(0))
    .join("")
    .toUpperCase()
    .slice(0, 3);
  return initials || "INV";
}

/** What the business's tax invoices print. Members see it; the owner changes it. */
export default async function GstDetailsPage() {
  const actor = await requireActor("/settings/gst");
  const business = (await listMyBusinesses(actor))[0];
  if (!business) notFound();
  const [profile, rule, t] = await Promise.all([getGstProfile(actor, business.id), getRateRule(actor, business.id), getTranslations("gst")]);
  return (
    <ClientMessages namespaces={["gst"]}>
      <>
        <TopBar backHref="/settings" title={t("title")} subtitle={business.name} />
        <main className="flex flex-1 flex-col gap-4 px-4 py-5">
          <p className="text-base text-stone-700">{t("intro")}</p>
          <GstProfileForm businessId={business.id} profile={profile} suggestedPrefix={initialsOf(business.name)} financialYear={financialYearOf(new Date())} canEdit={business.role === "OWNER"} />
          {rule ? <RateRuleForm businessId={business.id} rule={rule} today={indiaDate(new Date())} canEdit={business.role === "OWNER"} /> : null}
        </main>
      </>
    </ClientMessages>
  );
}
