"use client";
import { useEffect, useRef, useState } from "react";
import { parseDesignForm, type DesignDetails, type DesignFormText } from "@/lib/designs/parse-design-form";
import { sendJson } from "@/components/ui/send-json";
import { useDialogFocus } from "@/components/ui/use-dialog-focus";
import { newClientId } from "@/lib/messages/outbox";
import { DesignDetailsFields } from "./DesignDetailsFields";
import { PhotoUploadTile } from "./PhotoUploadTile";
import { usePhotoUploads } from "./use-photo-uploads";

interface Props {
  conversationId: string;
  businessId: string;
  initialFiles: File[];
  onClose: () => void;
}

type Grouping = "each" | "one";

/** Posting designs: photos upload while the supplier adds a caption and (if they like) details;
 * "Post" sends the album once, however often it is tapped. */
export function PostDesignsSheet({ conversationId, businessId, initialFiles, onClose }: Props) {
  const { uploads, add, retry, remove } = usePhotoUploads(businessId);
  const { dialogRef, trapTab } = useDialogFocus<HTMLDivElement>();
  const [grouping, setGrouping] = useState<Grouping>("each");
  const [caption, setCaption] = useState("");
  const [details, setDetails] = useState<Record<string, DesignFormText>>({});
  // Several panels may be open at once: a supplier fills one design, then the next, and checks back.
  const [openKeys, setOpenKeys] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string, open = !openKeys.has(key)) => setOpenKeys((now) => (open ? new Set(now).add(key) : new Set([...now].filter((k) => k !== key))));
  const [fieldError, setFieldError] = useState<{ key: string; field: keyof DesignFormText; message: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [posting, setPosting] = useState(false);
  const [postId] = useState(newClientId); // one id per post: a double tap or retry is the same post
  const started = useRef(false);
  const moreInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    add(initialFiles);
  }, [add, initialFiles]);

  const designKeys = grouping === "each" ? uploads.map((u) => u.key) : uploads.length ? ["one"] : [];
  const allUploaded = uploads.length > 0 && uploads.every((u) => u.status === "done");

  async function post() {
    setError(null);
    setFieldError(null);
    const parsed: DesignDetails[] = [];
    for (const key of designKeys) {
      const result = parseDesignForm(details[key] ?? {});
      if (!result.ok) {
        toggle(key, true);
        setFieldError({ key, field: result.field, message: result.message });
        return;
      }
      parsed.push(result.details);
    }
    const photoIds = uploads.map((u) => u.photoId!);
    const designs = grouping === "each" ? photoIds.map((id, i) => ({ photoIds: [id], ...parsed[i] })) : [{ photoIds, ...parsed[0] }];
    setPosting(true);
    const result = await sendJson(`/api/conversations/${conversationId}/designs`, "POST", { clientId: postId, caption, designs }, "The designs could not be posted. Try again.");
    setPosting(false);
    if (result.ok) return onClose();
    setError(result.offline ? "No connection. Your photos are kept: tap Post again when you are back online." : result.message);
  }

  return (
    <div ref={dialogRef} tabIndex={-1} onKeyDown={trapTab} role="dialog" aria-modal="true" aria-label="Post designs" className="fixed inset-0 z-40 flex flex-col bg-stone-50 outline-none lg:inset-y-6 lg:left-1/2 lg:w-[40rem] lg:-translate-x-1/2 lg:rounded-2xl lg:shadow-2xl lg:ring-1 lg:ring-black/10">
      {/* A div, not a header: inside a dialog a header would be a second page banner (axe: landmark-no-duplicate-banner). */}
      <div className="pt-safe flex min-h-14 items-center gap-2 bg-brand-700 px-2 text-white">
        <button type="button" onClick={onClose} aria-label="Cancel" className="inline-flex size-12 items-center justify-center rounded-full text-2xl hover:bg-white/10">
          ×
        </button>
        <h2 className="flex-1 text-lg font-semibold">{uploads.length === 1 ? "1 photo" : `${uploads.length} photos`}</h2>
      </div>
      <div className="flex-1 space-y-4 overflow-y-auto p-3">
        <ul className="grid grid-cols-3 gap-2" aria-label="Photos to post">
          {uploads.map((upload) => (
            <PhotoUploadTile key={upload.key} upload={upload} onRetry={() => retry(upload.key)} onRemove={() => remove(upload.key)} />
          ))}
          <li>
            <button type="button" onClick={() => moreInput.current?.click()} className="flex aspect-[3/4] w-full items-center justify-center rounded-lg border-2 border-dashed border-stone-300 text-3xl text-stone-500">
              +<span className="sr-only">Add photos</span>
            </button>
            <input ref={moreInput} type="file" accept="image/*" multiple hidden onChange={(event) => add(Array.from(event.target.files ?? []))} />
          </li>
        </ul>
        {uploads.length > 1 ? (
          <fieldset className="grid grid-cols-2 gap-1 rounded-xl bg-stone-200 p-1 text-sm font-semibold">
            <legend className="sr-only">How the photos make designs</legend>
            {(["each", "one"] as const).map((value) => (
              <label key={value} className={`flex min-h-11 items-center justify-center rounded-lg ${grouping === value ? "bg-white shadow-sm" : "text-stone-600"}`}>
                <input type="radio" name="grouping" value={value} checked={grouping === value} onChange={() => setGrouping(value)} className="sr-only" />
                {value === "each" ? "Each photo a design" : "All one design"}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          Caption
          <textarea value={caption} onChange={(event) => setCaption(event.target.value)} rows={2} placeholder="New Diwali collection, ready stock" className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-base" />
        </label>
        <ul className="space-y-2" aria-label="Design details">
          {designKeys.map((key, index) => (
            <li key={key} className="rounded-xl bg-white shadow-sm ring-1 ring-stone-200">
              <button type="button" onClick={() => toggle(key)} aria-expanded={openKeys.has(key)} className="flex min-h-14 w-full items-center gap-3 px-3 py-1 text-left text-sm font-semibold text-stone-800">
                {/* The photo these details belong to, so ten panels never blur into each other. */}
                {/* eslint-disable-next-line @next/next/no-img-element -- a local preview (object URL), not a served image */}
                <img src={(uploads.find((u) => u.key === key) ?? uploads[0])?.previewUrl} alt="" data-testid="details-photo" className="size-12 shrink-0 rounded-md object-cover" />
                <span className="flex-1">{grouping === "each" ? `Design ${index + 1} details (optional)` : "Design details (optional)"}</span>
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
        {error ? (
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <div className="pb-safe border-t border-stone-200 bg-white p-3">
        <button type="button" onClick={() => void post()} disabled={!allUploaded || posting} className="min-h-12 w-full rounded-xl bg-brand-600 text-base font-semibold text-white disabled:bg-brand-600/50">
          {posting ? "Posting…" : allUploaded ? `Post ${grouping === "each" && uploads.length > 1 ? `${uploads.length} designs` : "design"}` : "Uploading photos…"}
        </button>
      </div>
    </div>
  );
}
