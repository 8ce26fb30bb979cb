"use client";
// The chats list's offer to turn notifications on, shown once the person has sent something
// (lib/push/may-ask-for-notifications.ts) on a browser that can have them and has not answered.
// It says what they are for before the browser's own prompt, which a person answers only once.
// "Not now" hides it on this browser for 30 days.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { deviceState, pushSupported, turnOnNotifications } from "./push-device";

const DISMISSED_KEY = "chatalog:notifications-ask-dismissed-at";
const ASK_AGAIN_AFTER_MS = 30 * 24 * 60 * 60_000;

function dismissedRecently(): boolean {
  const at = Number(localStorage.getItem(DISMISSED_KEY));
  return Number.isFinite(at) && Date.now() - at < ASK_AGAIN_AFTER_MS;
}

export function NotificationsAsk({ viewerIsMember }: { viewerIsMember: boolean }) {
  const t = useTranslations("push");
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!pushSupported() || Notification.permission !== "default" || dismissedRecently()) return;
    let live = true;
    void (async () => {
      if ((await deviceState()) !== "off") return;
      const answer = (await fetch("/api/push/ask").then((r) => (r.ok ? r.json() : null)).catch(() => null)) as { ask?: boolean } | null;
      if (live && answer?.ask) setShown(true);
    })();
    return () => {
      live = false;
    };
  }, []);

  if (!shown) return null;

  async function turnOn() {
    setBusy(true);
    const result = await turnOnNotifications();
    setBusy(false);
    if (result.ok) setShown(false);
    else setProblem("reason" in result ? t(`failed.${result.reason}`) : result.message);
  }

  function notNow() {
    localStorage.setItem(DISMISSED_KEY, String(Date.now()));
    setShown(false);
  }

  return (
    <section aria-labelledby="notifications-ask-title" className="m-3 rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm">
      <h2 id="notifications-ask-title" className="font-semibold text-gray-900">
        {viewerIsMember ? t("askMember") : t("askBuyer")}
      </h2>
      <p className="mt-1 text-gray-700">
        {viewerIsMember ? t("askMemberMore") : t("askBuyerMore")}
      </p>
      {problem ? <p role="alert" className="mt-2 text-red-700">{problem}</p> : null}
      <div className="mt-3 flex gap-2">
        <button type="button" onClick={turnOn} disabled={busy} className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white disabled:opacity-60">
          {t("turnOn")}
        </button>
        <button type="button" onClick={notNow} className="min-h-11 rounded-md px-4 font-semibold text-brand-800">
          {t("notNow")}
        </button>
      </div>
    </section>
  );
}
