import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/Button";
import { ChatIcon } from "@/components/ui/icons";

export function EmptyConversations({ canInvite, searching, labelled = false }: { canInvite: boolean; searching: boolean; labelled?: boolean }) {
  const t = useTranslations("chat");
  if (searching) return <p className="px-6 py-12 text-center text-stone-600">{t("emptySearch")}</p>;
  if (labelled) return <p className="px-6 py-12 text-center text-stone-600">{t("emptyLabel")}</p>;
  return (
    <div className="flex flex-col items-center px-8 py-16 text-center">
      <span className="mb-4 text-brand-600">
        <ChatIcon />
      </span>
      <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
      <p className="mt-1 text-stone-600">
        {canInvite ? t("emptyInviteHint") : t("emptyBuyerHint")}
      </p>
      {canInvite ? (
        <Link prefetch={false} href="/business/invites" className={`${buttonClasses("primary")} mt-6`}>
          {t("inviteBuyer")}
        </Link>
      ) : null}
    </div>
  );
}
