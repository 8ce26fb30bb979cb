"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { parseDesignForm, type DesignDetails, type DesignFormText } from "@/lib/designs/parse-design-form";
import type { Grouping, OutgoingPost } from "@/lib/outgoing-posts/post-queue";
import { useDialogFocus } from "@/components/ui/use-dialog-focus";
import { DesignDetailsFields } from "./DesignDetailsFields";
import { PhotoUploadTile } from "./PhotoUploadTile";
import { outgoingPosts, previewUrlOf, useOutgoingPosts } from "./outgoing-posts";
import { useProblemText } from "@/components/ui/use-problem-text";

interface Props {
  conversationId: string;
  businessId: string;
  viewerId: string;
  initialFiles: File[];
  onClose: () => void;
}

/** Posting designs: photos start uploading as they are chosen, while the supplier adds a caption
 * and (if they like) details. "Post" does not wait for them: the sheet closes, the album shows in
 * the chat with each photo's progress, and it is sent by itself when the last photo is up
 * (components/designs/outgoing-posts.ts), once, however often Post is tapped. */
export function PostDesignsSheet({ conversationId, businessId, viewerId, initialFiles, onClose }: Props) {
  const t = useTranslations("designs.post");
  const tc = useTranslations("common");
  const problemText = useProblemText();
  const [draftId] = useState(() => outgoingPosts().createDraft({ viewerId, conversationId, businessId }));
  const draft: OutgoingPost | undefined = useOutgoingPosts().find((post) => post.id === draftId);
  const uploads = draft?.photos ?? [];
  const committed = useRef(false);
  useDiscardUnlessPosted(draftId, committed);
  const { dialogRef, trapTab } = useDialogFocus<HTMLDivElement>();
  const [grouping, setGrouping] = useState<Grouping>("each");
  const [caption, setCaption] = useState("");
  const [details, setDetails] = useState<Record<string, DesignFormText>>({});
  // Several panels may be open at once: a supplier fills one design, then the next, and checks back.
  const [openKeys, setOpenKeys] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string, open = !openKeys.has(key)) => setOpenKeys((now) => (open ? new Set(now).add(key) : new Set([...now].filter((k) => k !== key))));
  const [fieldError, setFieldError] = useState<{ key: string; field: keyof DesignFormText; message: string } | null>(null);
  const [posting, setPosting] = useState(false);
  const started = useRef(false);
  const moreInput = useRef<HTMLInputElement>(null);
  const add = (files: File[]) => outgoingPosts().addPhotos(draftId, files);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    outgoingPosts().addPhotos(draftId, initialFiles);
  }, [draftId, initialFiles]);

  const designKeys = grouping === "each" ? uploads.map((u) => u.key) : uploads.length ? ["one"] : [];
  const refused = uploads.some((u) => u.status === "rejected");
  const stillUploading = uploads.some((u) => u.status !== "done");

  async function post() {
    if (posting) return; // a double tap is the same post
    setFieldError(null);
    const parsed: DesignDetails[] = [];
    for (const key of designKeys) {
      const result = parseDesignForm(details[key] ?? {});
      if (!result.ok) {
        toggle(key, true);
        setFieldError({ key, field: result.field, message: problemText(result) });
        return;
      }
      parsed.push(result.details);
    }
    setPosting(true);
    await outgoingPosts().commit(draftId, { caption, grouping, details: parsed });
    committed.current = true;
    onClose();
  }

  return (
    <div ref={dialogRef} tabIndex={-1} onKeyDown={trapTab} role="dialog" aria-modal="true" aria-label={t("label")} className="fixed inset-0 z-40 flex flex-col bg-stone-50 outline-none lg:inset-y-6 lg:left-1/2 lg:w-[40rem] lg:-translate-x-1/2 lg:rounded-2xl lg:shadow-2xl lg:ring-1 lg:ring-black/10">
      {/* A div, not a header: inside a dialog a header would be a second page banner (axe: landmark-no-duplicate-banner). */}
      <div className="pt-safe flex min-h-14 items-center gap-2 bg-brand-700 px-2 text-white">
        <button type="button" onClick={onClose} aria-label={tc("cancel")} className="inline-flex size-12 items-center justify-center rounded-full text-2xl hover:bg-white/10">
          ×
        </button>
        <h2 className="flex-1 text-lg font-semibold">{t("photos", { count: uploads.length })}</h2>
      </div>
      <div className="flex-1 space-y-4 overflow-y-auto p-3">
        <ul className="grid grid-cols-3 gap-2" aria-label={t("photosList")}>
          {uploads.map((upload) => (
            <PhotoUploadTile key={upload.key} photo={upload} previewUrl={previewUrlOf(upload.key)} onRemove={() => outgoingPosts().removePhoto(draftId, upload.key)} />
          ))}
          <li>
            <button type="button" onClick={() => moreInput.current?.click()} className="flex aspect-[3/4] w-full items-center justify-center rounded-lg border-2 border-dashed border-stone-300 text-3xl text-stone-500">
              +<span className="sr-only">{t("addPhotos")}</span>
            </button>
            <input ref={moreInput} type="file" accept="image/*" multiple hidden onChange={(event) => add(Array.from(event.target.files ?? []))} />
          </li>
        </ul>
        {uploads.length > 1 ? (
          <fieldset className="grid grid-cols-2 gap-1 rounded-xl bg-stone-200 p-1 text-sm font-semibold">
            <legend className="sr-only">{t("grouping")}</legend>
            {(["each", "one"] as const).map((value) => (
              <label key={value} className={`flex min-h-11 items-center justify-center rounded-lg ${grouping === value ? "bg-white shadow-sm" : "text-stone-600"}`}>
                <input type="radio" name="grouping" value={value} checked={grouping === value} onChange={() => setGrouping(value)} className="sr-only" />
                {value === "each" ? t("eachPhoto") : t("allOne")}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          {t("caption")}
          <textarea value={caption} onChange={(event) => setCaption(event.target.value)} rows={2} placeholder={t("captionPlaceholder")} className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-base" />
        </label>
        <ul className="space-y-2" aria-label={t("detailsList")}>
          {designKeys.map((key, index) => (
            <li key={key} className="rounded-xl bg-white shadow-sm ring-1 ring-stone-200">
              <button type="button" onClick={() => toggle(key)} aria-expanded={openKeys.has(key)} className="flex min-h-14 w-full items-center gap-3 px-3 py-1 text-left text-sm font-semibold text-stone-800">
                {/* The photo these details belong to, so ten panels never blur into each other. */}
                {/* eslint-disable-next-line @next/next/no-img-element -- a local preview (object URL), not a served image */}
                <img src={previewUrlOf((uploads.find((u) => u.key === key) ?? uploads[0])?.key ?? "")} alt="" data-testid="details-photo" className="size-12 shrink-0 rounded-md object-cover" />
                <span className="flex-1">{grouping === "each" ? t("detailsNumbered", { number: index + 1 }) : t("details")}</span>
                <span aria-hidden>{openKeys.has(key) ? "▴" : "▾"}</span>
              </button>
              {openKeys.has(key) ? (
                <div className="px-3 pb-3">
                  <DesignDetailsFields idPrefix={`design-${index}`} value={details[key] ?? {}} onChange={(value) => setDetails({ ...details, [key]: value })} error={fieldError?.key === key ? fieldError : null} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
      <div className="pb-safe border-t border-stone-200 bg-white p-3">
        {refused ? (
          <p className="pb-2 text-center text-sm text-red-800">{t("removeRefused")}</p>
        ) : stillUploading && uploads.length ? (
          <p className="pb-2 text-center text-sm text-stone-600">{t("postNow")}</p>
        ) : null}
        <button type="button" onClick={() => void post()} disabled={!uploads.length || refused || posting} className="min-h-12 w-full rounded-xl bg-brand-600 text-base font-semibold text-white disabled:bg-brand-600/50">
          {t("button", { count: grouping === "each" && uploads.length > 1 ? uploads.length : 1 })}
        </button>
      </div>
    </div>
  );
}

/** Cancel, Escape or leaving the chat with the sheet open: the draft's uploads stop and nothing is
 * posted. Deferred a tick so React's development double mount (unmount, mount) keeps the draft. */
function useDiscardUnlessPosted(draftId: string, committed: { current: boolean }) {
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (pending.current) clearTimeout(pending.current);
    return () => {
      pending.current = setTimeout(() => {
        // eslint-disable-next-line react-hooks/exhaustive-deps -- the latest value is the point: was it posted by now?
        if (!committed.current) outgoingPosts().discard(draftId);
      }, 0);
    };
  }, [draftId, committed]);
}
