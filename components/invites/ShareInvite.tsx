"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { ShareIcon } from "@/components/ui/icons";

interface ShareInviteProps {
  url: string;
  businessName: string;
  kind: "BUYER" | "STAFF" | "TEAM";
  expiresAt: string;
}

/** Shares through the phone's share sheet (so the link goes out on the messaging app people
 * already use) and falls back to copying where the Web Share API is missing. */
export function ShareInvite({ url, businessName, kind, expiresAt }: ShareInviteProps) {
  const t = useTranslations("invite");
  const days = Math.round((Date.parse(expiresAt) - Date.now()) / 86_400_000);
  const [status, setStatus] = useState<string | null>(null);
  const text = t(`shareText.${kind}`, { business: businessName });

  async function share() {
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title: t("shareTitle", { business: businessName }), text, url });
        setStatus(t("shared"));
        return;
      } catch (error) {
        if ((error as DOMException).name === "AbortError") return;
      }
    }
    await copy();
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t("copied"));
    } catch {
      setStatus(t("copyYourself"));
    }
  }

  return (
    <div className="flex flex-col gap-3 rounded-2xl bg-brand-50 p-4 ring-1 ring-brand-100" data-testid="invite-share">
      <p className="text-sm font-medium text-brand-800">{t("ready", { days })}</p>
      <input readOnly value={url} aria-label={t("linkLabel")} onFocus={(e) => e.currentTarget.select()} className="min-h-11 w-full rounded-lg border border-brand-100 bg-white px-3 font-mono text-sm text-stone-800" />
      <div className="grid grid-cols-2 gap-2">
        <Button type="button" onClick={share}>
          <ShareIcon /> {t("share")}
        </Button>
        <Button type="button" variant="secondary" onClick={copy}>
          {t("copyLink")}
        </Button>
      </div>
      <p role="status" className="min-h-5 text-sm text-brand-800">
        {status}
      </p>
    </div>
  );
}
