"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { logOutOtherDevicesAction } from "@/app/settings/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { useHydrated } from "@/components/ui/use-hydrated";

const devices = (count: number) => `${count} other device${count === 1 ? "" : "s"}`;

/** Ends every session of this account but this phone's: a lost phone, a shared shop tablet. */
export function LogOutOtherDevices({ otherSessions }: { otherSessions: number }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  async function logOutOthers() {
    setBusy(true);
    setResult(null);
    const answer = await logOutOtherDevicesAction();
    setBusy(false);
    setResult(answer.ok ? { tone: "success", message: answer.data ? `Logged out ${devices(answer.data)}.` : "No other device was logged in." } : { tone: "error", message: answer.message });
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">{otherSessions ? `Also logged in on ${devices(otherSessions)}.` : "Only this device is logged in."}</p>
      <FormAlert tone={result?.tone} message={result?.message} />
      <Button type="button" variant="secondary" fullWidth busy={busy} disabled={!hydrated} onClick={logOutOthers}>
        Log out other devices
      </Button>
    </div>
  );
}
