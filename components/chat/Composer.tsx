"use client";
import { useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from "react";
import { MAX_MESSAGE_LENGTH } from "@/lib/messages/limits";
import type { QuotedMessage } from "@/lib/messages/message-view";
import type { OutboxPhoto } from "@/lib/messages/outbox";
import { useQuickReplyPicker } from "./quick-replies/use-quick-reply-picker";

/** The message field. Sending is the outbox's job (see use-outbox.ts): the text leaves the field
 * at once and shows as pending, so a slow network never holds the next message up. */
interface ComposerProps {
  /** The text, and the photos a quick reply put above the field (empty otherwise). */
  onSend: (text: string, photos: OutboxPhoto[]) => void;
  /** The message being answered, quoted above the field until sent or cancelled. */
  replyTo?: QuotedMessage | null;
  onCancelReply?: () => void;
  fieldId?: string;
  placeholder?: string;
  /** The form's landmark name: the thread's composer needs its own beside the chat's. */
  formLabel?: string;
  /** Business members get a camera/gallery button: chosen photos go to the design poster. */
  onAttach?: (files: File[]) => void;
  /** Shown above the field, inside the sticky bar (the buyer's tray). */
  above?: ReactNode;
  /** For a business's team: "/" lists this business's quick replies. */
  quickRepliesFor?: string;
  /** A document button beside the field: the chosen PDF is sent at once. */
  onAttachDocument?: (file: File) => void;
}

export function Composer({ onSend, replyTo, onCancelReply, fieldId = "composer", placeholder: placeholderProp, formLabel, onAttach, above, quickRepliesFor, onAttachDocument }: ComposerProps) {
  const t = useTranslations("composer");
  const tc = useTranslations("common");
  const placeholder = placeholderProp ?? t("placeholder");
  const [text, setText] = useState("");
  const [photos, setPhotos] = useState<OutboxPhoto[]>([]);
  const field = useRef<HTMLTextAreaElement>(null);
  const quickReplies = useQuickReplyPicker(quickRepliesFor, text, (chosen) => {
    setText(chosen.text);
    setPhotos((chosen.photos ?? []).map((photo) => ({ id: photo.id, thumb: photo.thumbWebp ?? photo.thumbJpeg })));
    field.current?.focus();
  });
  useEffect(() => {
    if (replyTo) field.current?.focus(); // choosing "Reply" means typing next
  }, [replyTo]);
  // On a slow phone the field is on screen before the scripts run: what was typed then is in the
  // field but not in `text`, which left Send greyed out over a written message. Take it in once.
  useLayoutEffect(() => {
    const typedEarly = field.current?.value;
    if (typedEarly) setText(typedEarly);
  }, []);

  function send(event?: FormEvent) {
    event?.preventDefault();
    const body = text.trim();
    if (!body && !photos.length) return;
    onSend(body, photos);
    setText("");
    setPhotos([]);
    field.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (quickReplies.onKeyDown(event)) return;
    // Enter sends on a keyboard with a pointer; on phones the Enter key adds a line, like the chat
    // apps. Not while an input method (Hindi, Gujarati...) is still composing a word.
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    if (!window.matchMedia("(pointer: fine)").matches) return;
    event.preventDefault();
    send();
  }

  return (
    <form onSubmit={send} aria-label={formLabel ?? t("formLabel")} className="pb-safe sticky bottom-0 border-t border-stone-200 bg-stone-50 px-2 pt-2">
      {above ? <div className="-mx-2 -mt-2 mb-2">{above}</div> : null}
      {replyTo ? (
        <div role="group" aria-label={t("replyingTo")} className="mb-2 flex items-center gap-2 rounded-xl border-l-4 border-brand-600 bg-white px-3 py-1.5">
          <div className="min-w-0 flex-1">
            <p className="truncate text-xs font-semibold text-brand-700">{replyTo.authorName == null ? t("replyingToMessage") : t("replyingToName", { name: replyTo.authorName })}</p>
            <p className="truncate text-sm text-stone-700">{replyTo.snippet}</p>
          </div>
          <button type="button" onClick={onCancelReply} aria-label={t("cancelReply")} className="inline-flex size-11 shrink-0 items-center justify-center rounded-full text-xl text-stone-500 hover:bg-stone-100">
            ×
          </button>
        </div>
      ) : null}
      {quickReplies.list}
      {photos.length ? <AttachedPhotos photos={photos} onRemove={(id) => setPhotos((now) => now.filter((photo) => photo.id !== id))} /> : null}
      <div className="flex items-end gap-2">
        {onAttach ? (
          <label className="inline-flex size-12 shrink-0 cursor-pointer items-center justify-center rounded-full text-stone-600 hover:bg-stone-200" title={t("postPhotos")}>
            <span className="sr-only">{t("postPhotos")}</span>
            <svg aria-hidden viewBox="0 0 24 24" width="26" height="26" fill="currentColor">
              <path d="M9 3 7.2 5H4a2 2 0 0 0-2 2v11a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2h-3.2L15 3H9zm3 5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9zm0 2a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z" />
            </svg>
            {/* image/* with multiple: phones offer the camera and the gallery. */}
            <input
              type="file"
              accept="image/*"
              multiple
              className="sr-only"
              onChange={(event) => {
                const files = Array.from(event.target.files ?? []);
                event.target.value = "";
                if (files.length) onAttach(files);
              }}
            />
          </label>
        ) : null}
        {onAttachDocument ? <DocumentButton onChoose={onAttachDocument} /> : null}
        <label className="sr-only" htmlFor={fieldId}>
          {placeholder}
        </label>
        <textarea
          id={fieldId}
          ref={field}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          {...quickReplies.fieldProps}
          rows={1}
          maxLength={MAX_MESSAGE_LENGTH}
          placeholder={placeholder}
          className="field-sizing-content max-h-40 min-h-12 flex-1 resize-none rounded-3xl border border-stone-300 bg-white px-4 py-3 text-base leading-snug focus:ring-2 focus:ring-brand-500 focus:outline-none"
        />
        <button
          type="submit"
          disabled={!text.trim() && !photos.length}
          aria-label={tc("send")}
          className="inline-flex size-12 shrink-0 items-center justify-center rounded-full bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-600/50"
        >
          <svg aria-hidden viewBox="0 0 24 24" width="22" height="22" fill="currentColor">
            <path d="M3.4 20.4l17.45-7.48a1 1 0 0 0 0-1.84L3.4 3.6a.993.993 0 0 0-1.39.91L2 9.12c0 .5.37.93.87.99L17 12 2.87 13.88c-.5.07-.87.5-.87 1l.01 4.61c0 .71.73 1.2 1.39.91z" />
          </svg>
        </button>
      </div>
    </form>
  );
}

/** The photos a quick reply brings, above the field until sent; each can be taken off. */
function AttachedPhotos({ photos, onRemove }: { photos: OutboxPhoto[]; onRemove: (id: string) => void }) {
  const t = useTranslations("composer");
  return (
    <ul aria-label={t("photosToSend")} className="mb-2 flex gap-2">
      {photos.map((photo) => (
        <li key={photo.id} className="relative">
          {/* eslint-disable-next-line @next/next/no-img-element -- an already sized, authorized variant from /photos */}
          {photo.thumb ? <img src={`/photos/${photo.thumb}`} alt="" width={56} height={56} className="size-14 rounded-lg object-cover ring-1 ring-stone-300" /> : <span className="block size-14 rounded-lg bg-stone-200" />}
          <button type="button" onClick={() => onRemove(photo.id)} aria-label={t("removePhoto")} className="absolute -top-2 -right-2 inline-flex size-8 items-center justify-center rounded-full bg-stone-800 text-sm text-white">
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A paperclip: choose a PDF (a price list) to send into the chat. */
function DocumentButton({ onChoose }: { onChoose: (file: File) => void }) {
  const t = useTranslations("composer");
  return (
    <label className="inline-flex size-12 shrink-0 cursor-pointer items-center justify-center rounded-full text-stone-600 hover:bg-stone-200" title={t("attachPdf")}>
      <span className="sr-only">{t("attachPdf")}</span>
      <svg aria-hidden viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="m21.4 11.6-8.5 8.5a5.5 5.5 0 0 1-7.8-7.8l8.5-8.5a3.7 3.7 0 0 1 5.2 5.2l-8.5 8.5a1.8 1.8 0 0 1-2.6-2.6l7.8-7.8" />
      </svg>
      <input
        type="file"
        accept="application/pdf,.pdf"
        className="sr-only"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) onChoose(file);
        }}
      />
    </label>
  );
}
