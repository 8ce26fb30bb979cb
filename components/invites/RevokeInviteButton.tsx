"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { revokeInviteAction } from "@/app/business/invites/actions";

export function RevokeInviteButton({ inviteId }: { inviteId: string }) {
  const t = useTranslations("invite");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          if (!window.confirm(t("revokeConfirm"))) return;
          setBusy(true);
          const result = await revokeInviteAction({ inviteId });
          setBusy(false);
          if (!result.ok) setError(result.message);
          router.refresh();
        }}
        className="min-h-11 rounded-lg px-3 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-50"
      >
        {t("revoke")}
      </button>
      {error ? <span className="text-xs text-red-700">{error}</span> : null}
    </>
  );
}
