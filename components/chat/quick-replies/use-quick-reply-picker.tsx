"use client";
// The composer's "/" list for a business's team: type "/" (and a few letters of a title) to see the
// quick replies; tap one, or move with the arrow keys and press Enter or Tab, and its text takes
// the field's place (its photos go above the field), ready to send or to change first. Escape closes the list and keeps the text.
// The field stays focused throughout (the list's options take no focus: aria-activedescendant).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from "react";
import { matchQuickReplies, slashQuery, type QuickReply } from "@/lib/quick-replies/match-quick-replies";
import { quickRepliesOf } from "./quick-reply-list";

const SHOWN = 8;

export interface QuickReplyPicker {
  /** The list, for above the field; null while closed. */
  list: ReactNode;
  /** For the field: names the list and the option the arrow keys are on. */
  fieldProps: { "aria-autocomplete"?: "list"; "aria-controls"?: string; "aria-activedescendant"?: string };
  /** The field's key handler calls this first; true when the key was the list's. */
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
}

export function useQuickReplyPicker(businessId: string | undefined, text: string, choose: (reply: QuickReply) => void): QuickReplyPicker {
  const t = useTranslations("composer");
  const listId = useId();
  const query = businessId ? slashQuery(text) : null;
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);
  const open = query !== null && dismissedAt !== text;
  const [replies, setReplies] = useState<QuickReply[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!open || replies || !businessId) return;
    let live = true;
    // Each opening tries again after a failure; the message stays until a try works.
    quickRepliesOf(businessId).then(
      (loaded) => {
        if (!live) return;
        setReplies(loaded);
        setFailed(false);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [open, replies, businessId]);

  const matches = useMemo(() => (open && replies ? matchQuickReplies(replies, query ?? "").slice(0, SHOWN) : []), [open, replies, query]);
  const [matchedFor, setMatchedFor] = useState(query);
  if (matchedFor !== query) {
    setMatchedFor(query);
    setActive(0); // a new query starts at its best match
  }
  const optionId = (index: number) => `${listId}-${index}`;
  const pick = (reply: QuickReply) => {
    setDismissedAt(reply.text); // a reply that itself starts with "/" does not reopen the list
    choose(reply);
  };

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open || event.nativeEvent.isComposing) return false;
    if (event.key === "Escape") {
      event.preventDefault();
      setDismissedAt(text);
      return true;
    }
    if (!matches.length) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((at) => (at + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
      return true;
    }
    if ((event.key === "Enter" && !event.shiftKey) || event.key === "Tab") {
      event.preventDefault();
      pick(matches[Math.min(active, matches.length - 1)]!);
      return true;
    }
    return false;
  }

  if (!open) return { list: null, fieldProps: {}, onKeyDown };
  const list = (
    <div className="mb-2 overflow-hidden rounded-2xl bg-white shadow-lg ring-1 ring-stone-200">
      {matches.length ? (
        <div role="listbox" id={listId} aria-label={t("quickReplies")} className="max-h-72 overflow-y-auto">
          {matches.map((reply, index) => (
            <div
              key={reply.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Keeps the focus (and the phone's keyboard) in the field.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(reply)}
              className={`min-h-12 cursor-pointer px-4 py-2 ${index === active ? "bg-brand-50" : "hover:bg-stone-50"}`}
            >
              <p className="font-semibold text-stone-900">
                /{reply.title}
                {reply.photos?.length ? <span className="ml-2 text-sm font-normal text-stone-600">📷 {reply.photos.length}</span> : null}
              </p>
              <p className="truncate text-sm text-stone-600">{reply.text}</p>
            </div>
          ))}
        </div>
      ) : (
        <p role="status" className="px-4 py-3 text-sm text-stone-600">
          {failed ? t("quickRepliesFailed") : !replies ? t("quickRepliesLoading") : replies.length ? t("noQuickReplyMatch", { query: query ?? "" }) : t("noQuickReplies")}
        </p>
      )}
      <Link prefetch={false} href="/settings/quick-replies" className="flex min-h-11 items-center border-t border-stone-100 px-4 text-sm font-semibold text-brand-700 hover:bg-stone-50">
        {t("manageQuickReplies")}
      </Link>
    </div>
  );
  return {
    list,
    fieldProps: matches.length ? { "aria-autocomplete": "list", "aria-controls": listId, "aria-activedescendant": optionId(Math.min(active, matches.length - 1)) } : { "aria-autocomplete": "list" },
    onKeyDown,
  };
}
