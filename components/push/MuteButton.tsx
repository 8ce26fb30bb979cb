"use client";
// Mute in a conversation's top bar (a toggle): the person's devices stop, or start again, getting
// notifications for this conversation. The chat itself is unchanged.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { BellIcon, BellOffIcon } from "@/components/ui/icons";
import { sendJson } from "@/components/ui/send-json";

export function MuteButton({ conversationId, initialMuted }: { conversationId: string; initialMuted: boolean }) {
  const t = useTranslations("push");
  const [muted, setMuted] = useState(initialMuted);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function toggle() {
    setBusy(true);
    setProblem(null);
    const result = await sendJson<{ muted: boolean }>(`/api/conversations/${encodeURIComponent(conversationId)}/mute`, "PUT", { muted: !muted });
    setBusy(false);
    if (result.ok) setMuted(result.data.muted);
    else setProblem(result.message);
  }

  return (
    <div className="relative">
      <button
        type="button"
        onClick={toggle}
        disabled={busy}
        aria-pressed={muted}
        aria-label={t("mute")}
        title={muted ? t("mutedTitle") : t("muteTitle")}
        className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10 disabled:opacity-60"
      >
        {muted ? <BellOffIcon /> : <BellIcon />}
      </button>
      {problem ? (
        <p role="alert" className="absolute right-0 top-12 w-56 rounded-md bg-gray-900 px-3 py-2 text-xs text-white shadow">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
