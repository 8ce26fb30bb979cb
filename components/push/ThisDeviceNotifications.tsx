"use client";
// The settings page's switch for this browser: on, off, blocked in the browser, or not possible.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { deviceState, turnOffThisDevice, turnOnNotifications, type DeviceState } from "./push-device";

export function ThisDeviceNotifications() {
  const t = useTranslations("push");
  const router = useRouter();
  const [state, setState] = useState<DeviceState | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void deviceState().then(setState);
  }, []);

  async function change(turnOn: boolean) {
    setBusy(true);
    setProblem(null);
    if (turnOn) {
      const result = await turnOnNotifications();
      if (!result.ok) setProblem("reason" in result ? t(`failed.${result.reason}`) : result.message);
    } else {
      await turnOffThisDevice();
    }
    setState(await deviceState());
    setBusy(false);
    router.refresh(); // the list of devices below
  }

  if (!state) return <p className="text-sm text-stone-600">{t("checking")}</p>;
  return (
    <div className="flex flex-col items-start gap-3">
      <p role="status" className="text-sm">
        {t(`state.${state}`)}
      </p>
      {problem ? (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      ) : null}
      {state === "off" || state === "on" ? (
        <button
          type="button"
          disabled={busy}
          onClick={() => change(state === "off")}
          className={
            state === "off"
              ? "min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white disabled:opacity-60"
              : "min-h-11 rounded-md border border-stone-300 px-4 font-semibold text-stone-800 disabled:opacity-60"
          }
        >
          {state === "off" ? t("turnOnHere") : t("turnOffHere")}
        </button>
      ) : null}
    </div>
  );
}
