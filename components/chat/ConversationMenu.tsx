"use client";
// The chat's less frequent places, behind one button at the top: the statement (orders, payments,
// what is due) and, for a buyer, their shop's team. A sheet from the bottom, where the thumb is;
// the top bar keeps room for the other party's name.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { MoreIcon } from "@/components/ui/icons";
import { BottomSheet } from "./BottomSheet";

const itemClass = "flex min-h-14 w-full flex-col justify-center px-5 text-left text-base text-stone-900 hover:bg-stone-100 active:bg-stone-200";

export function ConversationMenu({ conversationId, viewerIsBuyer }: { conversationId: string; viewerIsBuyer: boolean }) {
  const t = useTranslations("chat");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-label={tc("more")} aria-haspopup="dialog" aria-expanded={open} title={tc("more")} onClick={() => setOpen(true)} className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10">
        <MoreIcon />
      </button>
      {open ? (
        <BottomSheet label={tc("more")} onClose={() => setOpen(false)}>
          <ul className="py-2">
            <li>
              <Link href={`/chats/${conversationId}/statement`} prefetch={false} className={itemClass}>
                {t("statement")}
                <span className="text-sm text-stone-600">{t("statementHint")}</span>
              </Link>
            </li>
            {viewerIsBuyer ? (
              <li>
                <Link href={`/chats/${conversationId}/team`} prefetch={false} className={itemClass}>
                  {t("shopTeam")}
                  <span className="text-sm text-stone-600">{t("shopTeamHint")}</span>
                </Link>
              </li>
            ) : null}
            <li>
              <button type="button" className={`${itemClass} text-stone-600`} onClick={() => setOpen(false)}>
                {tc("cancel")}
              </button>
            </li>
          </ul>
        </BottomSheet>
      ) : null}
    </>
  );
}
