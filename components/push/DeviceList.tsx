"use client";
// The person's devices with notifications on, each with Turn off (e.g. a phone they gave away).
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { sendJson } from "@/components/ui/send-json";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import type { DeviceView } from "@/lib/push/subscribe-device";

export function DeviceList({ devices }: { devices: DeviceView[] }) {
  const t = useTranslations("push");
  const locale = useLocale();
  const date = (iso: string) => new Date(iso).toLocaleDateString(INTL_LOCALE[locale], { day: "numeric", month: "short", year: "numeric" });
  const router = useRouter();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (!devices.length) return <p className="text-sm text-stone-600">{t("noDevices")}</p>;

  async function turnOff(id: string) {
    setBusyId(id);
    setProblem(null);
    const result = await sendJson("/api/push/subscriptions", "DELETE", { id });
    setBusyId(null);
    if (result.ok) router.refresh();
    else setProblem(result.message);
  }

  return (
    <>
      {problem ? (
        <p role="alert" className="mb-3 text-sm text-red-700">
          {problem}
        </p>
      ) : null}
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200">
        {devices.map((device) => (
          <li key={device.id} className="flex items-center gap-3 px-3 py-2">
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">{device.label}</p>
              <p className="text-xs text-stone-600">
                {device.lastSuccessAt ? t("addedNotified", { date: date(device.createdAt), last: date(device.lastSuccessAt) }) : t("added", { date: date(device.createdAt) })}
              </p>
            </div>
            <button
              type="button"
              onClick={() => turnOff(device.id)}
              disabled={busyId === device.id}
              aria-label={t("turnOffLabel", { device: device.label, date: date(device.createdAt) })}
              className="min-h-11 rounded-md border border-stone-300 px-3 text-sm font-semibold text-stone-800 disabled:opacity-60"
            >
              {t("turnOff")}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
