"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { forgetOfflineCopies } from "@/components/push/offline-copies";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { acceptInviteAction } from "@/app/invite/[token]/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";

export function AcceptAsCurrentUser({ token, actorName, cta }: { token: string; actorName: string; cta: string }) {
  const t = useTranslations("invite");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  return (
    <div className="flex flex-col gap-4">
      <FormAlert message={error} />
      <p className="text-stone-700">
        {t.rich("loggedInAs", { name: actorName, b: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <Button
        fullWidth
        busy={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const result = await acceptInviteAction(token);
          if (!result.ok) {
            setError(result.message);
            setBusy(false);
            return;
          }
          router.replace(result.data);
          router.refresh();
        }}
      >
        {cta}
      </Button>
      <Button variant="ghost" fullWidth onClick={async () => {
          await forgetOfflineCopies();
          await signOut({ callbackUrl: window.location.pathname });
        }}>
        {t("notYou")}
      </Button>
    </div>
  );
}
