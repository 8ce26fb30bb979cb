"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { readSharedPhotos } from "./shared-photos";

/** The shared photos, small, so the person sees what they are about to post. */
export function SharedPhotoStrip({ batch }: { batch: string }) {
  const t = useTranslations("share");
  const [urls, setUrls] = useState<string[] | null>(null);

  useEffect(() => {
    let live = true;
    let made: string[] = [];
    void readSharedPhotos(batch).then((files) => {
      made = files.map((file) => URL.createObjectURL(file));
      if (live) setUrls(made);
    });
    return () => {
      live = false;
      made.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [batch]);

  if (urls === null) return <div className="h-24" aria-hidden />;
  if (urls.length === 0) {
    return <p className="px-4 py-3 text-sm text-amber-800" role="status">{t("gone")}</p>;
  }
  return (
    <ul aria-label={t("stripLabel")} className="flex h-24 gap-2 overflow-x-auto px-4 py-2">
      {urls.map((url, index) => (
        <li key={url} className="shrink-0">
          {/* eslint-disable-next-line @next/next/no-img-element -- a local object URL, nothing to optimise */}
          <img src={url} alt={t("photoAlt", { number: index + 1 })} className="size-20 rounded-lg object-cover" />
        </li>
      ))}
    </ul>
  );
}
