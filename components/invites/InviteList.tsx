import { useLocale, useTranslations } from "next-intl";
import type { InviteSummary } from "@/lib/invites/list-invites";
import { formatPhone } from "@/lib/auth/phone";
import { formatListTime } from "@/lib/format-time";
import { RevokeInviteButton } from "./RevokeInviteButton";

const statusColour = { OPEN: "bg-amber-100 text-amber-800", USED: "bg-brand-100 text-brand-800", REVOKED: "bg-stone-200 text-stone-700", EXPIRED: "bg-stone-200 text-stone-700" } as const;

export function InviteList({ invites }: { invites: InviteSummary[] }) {
  const t = useTranslations("invite");
  const locale = useLocale();
  if (!invites.length) return <p className="text-sm text-stone-500">{t("noInvites")}</p>;
  return (
    <ul className="divide-y divide-stone-100 rounded-2xl ring-1 ring-stone-200" aria-label={t("listLabel")}>
      {invites.map((invite) => (
        <li key={invite.id} className="flex items-center gap-3 px-4 py-3">
          <div className="min-w-0 flex-1">
            <p className="truncate font-medium">
              {invite.usedByName ?? invite.name ?? (invite.kind === "BUYER" ? t("buyerInvite") : t("staffInvite"))}
              <span className="ml-2 text-xs font-normal text-stone-500">{invite.kind === "STAFF" ? t("kindStaff") : t("kindBuyer")}</span>
            </p>
            <p className="truncate text-xs text-stone-500">
              {invite.phone ? `${formatPhone(invite.phone)} · ` : ""}
              {t("created", { time: formatListTime(invite.createdAt, undefined, locale) })}
            </p>
          </div>
          <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusColour[invite.status]}`}>{t(`status.${invite.status}`)}</span>
          {invite.status === "OPEN" ? <RevokeInviteButton inviteId={invite.id} /> : null}
        </li>
      ))}
    </ul>
  );
}
