"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { deleteQuickReplyAction, saveQuickReplyAction } from "@/app/settings/quick-replies/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import { QuickReplyPhotosField, type ChosenPhoto } from "./QuickReplyPhotosField";
import { useHydrated } from "@/components/ui/use-hydrated";
import { MAX_MESSAGE_LENGTH } from "@/lib/messages/limits";
import type { QuickReplyView } from "@/lib/quick-replies/quick-replies";

interface Props {
  businessId: string;
  replies: QuickReplyView[];
}

/** The list of quick replies, each with Change and Remove, and the form that adds one (or changes
 * the one being edited). What the server refuses is said above the form; nothing typed is lost. */
export function QuickRepliesEditor({ businessId, replies }: Props) {
  const t = useTranslations("settings");
  const [editing, setEditing] = useState<QuickReplyView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <FormAlert tone="success" message={notice} />
      {replies.length ? (
        <ul aria-label={t("quickReplies")} className="flex flex-col gap-2">
          {replies.map((reply) => (
            <QuickReplyItem
              key={reply.id}
              businessId={businessId}
              reply={reply}
              onEdit={() => {
                setNotice(null);
                setEditing(reply);
              }}
              onRemoved={() => {
                if (editing?.id === reply.id) setEditing(null);
                setNotice(t("qr.removed", { title: reply.title }));
              }}
            />
          ))}
        </ul>
      ) : (
        <p className="rounded-xl bg-stone-50 px-4 py-3 text-stone-600">{t("qr.none")}</p>
      )}
      <QuickReplyForm
        key={editing?.id ?? "new"}
        businessId={businessId}
        editing={editing}
        onDone={(saved, changed) => {
          setEditing(null);
          setNotice(changed ? t("qr.saved", { title: saved.title }) : t("qr.added", { title: saved.title }));
        }}
        onCancel={() => setEditing(null)}
      />
    </>
  );
}

function QuickReplyItem({ businessId, reply, onEdit, onRemoved }: { businessId: string; reply: QuickReplyView; onEdit: () => void; onRemoved: () => void }) {
  const t = useTranslations("settings.qr");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    if (busy || !window.confirm(t("removeConfirm", { title: reply.title }))) return;
    setBusy(true);
    const answer = await deleteQuickReplyAction({ businessId, id: reply.id });
    setBusy(false);
    if (!answer.ok && answer.code !== "NOT_FOUND") {
      setError(answer.message);
      return;
    }
    onRemoved();
    router.refresh();
  }
  return (
    <li className="rounded-xl border border-stone-200 bg-white p-3">
      <p className="font-semibold text-stone-900">/{reply.title}</p>
      {reply.text ? <p className="mt-1 line-clamp-3 text-sm whitespace-pre-wrap text-stone-700">{reply.text}</p> : null}
      {reply.photos.length ? (
        <ul aria-label={t("photosOf", { title: reply.title })} className="mt-2 flex gap-1.5">
          {reply.photos.map((photo, index) => (
            <li key={photo.id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- an already sized, authorized variant from /photos */}
              <img src={`/photos/${photo.thumbWebp ?? photo.thumbJpeg}`} alt={t("photo", { n: index + 1 })} width={48} height={48} className="size-12 rounded-md object-cover" />
            </li>
          ))}
        </ul>
      ) : null}
      <FormAlert message={error} />
      <div className="mt-2 flex gap-2">
        <Button type="button" variant="secondary" onClick={onEdit} aria-label={t("changeLabel", { title: reply.title })}>
          {t("change")}
        </Button>
        <Button type="button" variant="danger" busy={busy} onClick={() => void remove()} aria-label={t("removeLabel", { title: reply.title })}>
          {tCommon("remove")}
        </Button>
      </div>
    </li>
  );
}

function QuickReplyForm({ businessId, editing, onDone, onCancel }: { businessId: string; editing: QuickReplyView | null; onDone: (saved: QuickReplyView, changed: boolean) => void; onCancel: () => void }) {
  const t = useTranslations("settings.qr");
  const tCommon = useTranslations("common");
  const hydrated = useHydrated();
  const router = useRouter();
  const textId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // Change, tapped on a reply up the list, brings its form into view, ready to type.
  useEffect(() => {
    if (editing) (formRef.current?.elements.namedItem("title") as HTMLInputElement | null)?.focus();
  }, [editing]);
  const [busy, setBusy] = useState(false);
  const [photos, setPhotos] = useState<ChosenPhoto[]>(() => (editing?.photos ?? []).map((photo) => ({ id: photo.id, thumb: photo.thumbWebp ?? photo.thumbJpeg })));
  const [photosKey, setPhotosKey] = useState(0);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const formElement = event.currentTarget;
    const form = Object.fromEntries(new FormData(formElement)) as Record<string, string>;
    setBusy(true);
    setError(null);
    setFields({});
    const answer = await saveQuickReplyAction({ businessId, id: editing?.id, title: form.title, text: form.text, photoIds: photos.map((photo) => photo.id) });
    setBusy(false);
    if (!answer.ok) {
      const fieldErrors = answer.fields ?? {};
      const invalid = (["title", "text"] as const).find((name) => fieldErrors[name]);
      // A field's own message stands beside it, and the field takes the focus; anything else goes on top.
      setError(invalid ? null : answer.message);
      setFields(fieldErrors);
      if (invalid) (formElement.elements.namedItem(invalid) as HTMLElement | null)?.focus();
      return;
    }
    formElement.reset();
    setPhotos([]);
    setPhotosKey((key) => key + 1); // a fresh photo field for the next one
    onDone(answer.data, Boolean(editing));
    router.refresh();
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby={`${textId}-heading`} className="flex flex-col gap-3 rounded-xl bg-stone-50 p-3 ring-1 ring-stone-200">
      <h2 id={`${textId}-heading`} className="text-lg font-semibold">
        {editing ? t("changeHeading", { title: editing.title }) : t("addHeading")}
      </h2>
      <FormAlert message={error} />
      <TextField label={t("titleLabel")} name="title" defaultValue={editing?.title} maxLength={40} autoComplete="off" placeholder={t("titlePlaceholder")} error={fields.title} hint={t("titleHint")} />
      <div>
        <label htmlFor={textId} className="mb-1.5 block text-sm font-medium text-stone-700">
          {t("textLabel")}
        </label>
        <textarea
          id={textId}
          name="text"
          defaultValue={editing?.text}
          rows={4}
          maxLength={MAX_MESSAGE_LENGTH}
          aria-invalid={fields.text ? true : undefined}
          aria-describedby={fields.text ? `${textId}-error` : undefined}
          className={`block w-full rounded-xl border bg-white px-4 py-3 text-base text-stone-900 focus:ring-2 focus:ring-brand-500 focus:outline-none ${fields.text ? "border-red-500" : "border-stone-300"}`}
        />
        {fields.text ? (
          <p id={`${textId}-error`} className="mt-1.5 text-sm text-red-700">
            {fields.text}
          </p>
        ) : null}
      </div>
      <QuickReplyPhotosField key={photosKey} businessId={businessId} initial={editing?.photos ?? []} onChange={setPhotos} />
      <div className="flex gap-2">
        <Button type="submit" busy={busy} disabled={!hydrated} fullWidth>
          {editing ? tCommon("save") : t("add")}
        </Button>
        {editing ? (
          <Button type="button" variant="ghost" onClick={onCancel}>
            {tCommon("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
