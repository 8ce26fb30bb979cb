"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { logOutOtherDevicesAction } from "@/app/settings/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Ends every session of this account but this phone's: a lost phone, a shared shop tablet. */
export function LogOutOtherDevices({ otherSessions }: { otherSessions: number }) {
  const t = useTranslations("settings");
  const hydrated = useHydrated();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  async function logOutOthers() {
    setBusy(true);
    setResult(null);
    const answer = await logOutOtherDevicesAction();
    setBusy(false);
    setResult(answer.ok ? { tone: "success", message: answer.data ? t("loggedOutOthers", { count: answer.data }) : t("noOtherDevice") } : { tone: "error", message: answer.message });
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">{otherSessions ? t("otherSessions", { count: otherSessions }) : t("onlyThisDevice")}</p>
      <FormAlert tone={result?.tone} message={result?.message} />
      <Button type="button" variant="secondary" fullWidth busy={busy} disabled={!hydrated} onClick={logOutOthers}>
        {t("logOutOthers")}
      </Button>
    </div>
  );
}
