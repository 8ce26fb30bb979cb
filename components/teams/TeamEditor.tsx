"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createTeamInviteAction, removeTeamMemberAction } from "@/app/chats/[conversationId]/team/actions";
import { ShareInvite } from "@/components/invites/ShareInvite";
import { Avatar } from "@/components/ui/Avatar";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";

interface Props {
  conversationId: string;
  team: { owner: { id: string; name: string }; members: { id: string; name: string }[]; viewerIsOwner: boolean };
}

/** The team list (the buyer first), Remove beside each colleague and the invite link: for the buyer. */
export function TeamEditor({ conversationId, team }: Props) {
  const t = useTranslations("teams");
  const tc = useTranslations("common");
  const router = useRouter();
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function invite() {
    setBusy("invite");
    setError(null);
    const answer = await createTeamInviteAction({ conversationId });
    setBusy(null);
    if (!answer.ok) return setError(answer.message);
    setLink({ url: new URL(answer.data.path, window.location.origin).toString(), expiresAt: answer.data.expiresAt });
  }

  async function remove(member: { id: string; name: string }) {
    if (busy || !window.confirm(t("confirmRemove", { name: member.name }))) return;
    setBusy(member.id);
    setError(null);
    const answer = await removeTeamMemberAction({ conversationId, userId: member.id });
    setBusy(null);
    if (!answer.ok && answer.code !== "NOT_FOUND") return setError(answer.message);
    setNotice(t("removed", { name: member.name }));
    router.refresh();
  }

  return (
    <>
      <FormAlert message={error} />
      <FormAlert tone="success" message={notice} />
      <ul aria-label={t("title")} className="flex flex-col gap-2">
        <li className="flex min-h-14 items-center gap-3 rounded-xl bg-white px-3 py-2 ring-1 ring-stone-200">
          <Avatar name={team.owner.name} size="sm" />
          <span className="flex-1 font-semibold text-stone-900">{team.owner.name}</span>
          <span className="text-sm text-stone-600">{t("owner")}</span>
        </li>
        {team.members.map((member) => (
          <li key={member.id} className="flex min-h-14 items-center gap-3 rounded-xl bg-white px-3 py-2 ring-1 ring-stone-200">
            <Avatar name={member.name} size="sm" />
            <span className="flex-1 font-semibold text-stone-900">{member.name}</span>
            {team.viewerIsOwner ? (
              <Button type="button" variant="danger" busy={busy === member.id} onClick={() => void remove(member)} aria-label={t("removeName", { name: member.name })}>
                {tc("remove")}
              </Button>
            ) : (
              <span className="text-sm text-stone-600">{t("staff")}</span>
            )}
          </li>
        ))}
      </ul>
      {team.viewerIsOwner ? (
        link ? (
          <ShareInvite url={link.url} businessName={team.owner.name} kind="TEAM" expiresAt={link.expiresAt} />
        ) : (
          <Button type="button" busy={busy === "invite"} onClick={() => void invite()} fullWidth>
            {t("invite")}
          </Button>
        )
      ) : null}
    </>
  );
}
