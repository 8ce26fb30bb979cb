import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isUntitled } from "@/lib/designs/untitled-title";
import { ArchiveDesignButton } from "@/components/catalog/ArchiveDesignButton";
import { BottomBar } from "@/components/catalog/BottomBar";
import { DesignSummary } from "@/components/catalog/DesignSummary";
import { EditDesignForm } from "@/components/catalog/EditDesignForm";
import { PhotoStrip } from "@/components/catalog/PhotoStrip";
import { buttonClasses } from "@/components/ui/Button";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { designFormText } from "@/lib/designs/design-form-text";
import { findBuyerConversation } from "@/lib/designs/find-buyer-conversation";
import { getDesign } from "@/lib/designs/get-design";
import { AppError } from "@/lib/errors";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("catalog"))("designTitle") };
}

export default async function DesignPage({ params }: { params: Promise<{ designId: string }> }) {
  const { designId } = await params;
  const actor = await requireActor(`/catalog/${designId}`);
  const design = await getDesign(actor, { designId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return null;
    throw error;
  });
  if (!design) notFound();
  const t = await getTranslations("catalog");

  if (!design.viewerIsMember) {
    const conversation = await findBuyerConversation(actor, { designId: design.id });
    return (
      <ClientMessages namespaces={["catalog", "designs", "errors"]}>
        <>
          <TopBar backHref={conversation ? `/chats/${conversation.conversationId}/designs` : "/chats"} title={design.code} subtitle={design.businessName} />
          <main className="flex flex-1 flex-col">
            <PhotoStrip photos={design.photos} label={design.code} />
            <DesignSummary design={design} />
            <div className="flex-1" />
            {conversation ? (
              <BottomBar>
                <Link prefetch={false} href={`/chats/${conversation.conversationId}?pick=${design.id}`} className={buttonClasses("primary", true)}>
                  {t("pickThis")}
                </Link>
              </BottomBar>
            ) : null}
          </main>
        </>
      </ClientMessages>
    );
  }

  return (
    <ClientMessages namespaces={["catalog", "designs", "errors"]}>
      <>
        <TopBar backHref="/catalog" title={design.code} subtitle={isUntitled(design) ? (await getTranslations("designs"))("untitled", { code: design.code }) : design.title} />
        <main className="flex flex-1 flex-col">
          <PhotoStrip photos={design.photos} label={design.code} />
          <DesignSummary design={design} />
          <details className="group mx-4 mt-4 rounded-xl ring-1 ring-stone-200">
            <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between px-4 font-semibold text-brand-700 [&::-webkit-details-marker]:hidden">
              {t("editDetails")}
              <span aria-hidden className="transition-transform group-open:rotate-90">
                ›
              </span>
            </summary>
            <div className="px-4 pt-1 pb-4">
              <EditDesignForm designId={design.id} initial={designFormText(design)} />
            </div>
          </details>
          {design.archived ? null : (
            <section aria-label={t("archive")} className="mx-4 mt-6 mb-4 flex flex-col gap-2">
              <p className="text-sm text-stone-600">{t("archiveHint")}</p>
              <ArchiveDesignButton designId={design.id} archived={false} />
            </section>
          )}
          <div className="flex-1" />
          <BottomBar>
            {design.archived ? (
              <ArchiveDesignButton designId={design.id} archived />
            ) : (
              <Link prefetch={false} href={`/broadcasts/new?designs=${design.id}`} className={buttonClasses("primary", true)}>
                {t("sendToBuyers")}
              </Link>
            )}
          </BottomBar>
        </main>
      </>
    </ClientMessages>
  );
}
