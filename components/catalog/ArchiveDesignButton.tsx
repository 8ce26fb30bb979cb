"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { archiveDesignAction, restoreDesignAction } from "@/app/catalog/[designId]/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";

/** Archive takes a design out of the catalog (albums in chats keep it); Restore brings it back. */
export function ArchiveDesignButton({ designId, archived, variant }: { designId: string; archived: boolean; variant?: "primary" | "secondary" | "danger" }) {
  const t = useTranslations("catalog");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = archived ? await restoreDesignAction({ designId }) : await archiveDesignAction({ designId });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      <Button type="button" variant={variant ?? (archived ? "primary" : "danger")} fullWidth busy={busy} onClick={run}>
        {archived ? t("restore") : t("archiveDesign")}
      </Button>
    </div>
  );
}
