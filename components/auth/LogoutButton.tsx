"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { outgoingPosts } from "@/components/designs/outgoing-posts";
import { forgetOfflineCopies } from "@/components/push/offline-copies";
import { LogoutIcon } from "@/components/ui/icons";

/** Logging out deletes what the phone keeps of the person, posts still on their way included
 * (offline-copies.ts): so it asks first when there are some. */
export function LogoutButton() {
  const t = useTranslations("settings");
  return (
    <button
      type="button"
      onClick={async () => {
        const unsent = outgoingPosts().getSnapshot().filter((post) => post.state !== "draft" && post.state !== "sent").length;
        if (unsent && !window.confirm(t("logOutUnsent", { count: unsent }))) return;
        await forgetOfflineCopies();
        await signOut({ callbackUrl: "/login" });
      }}
      aria-label={t("logOut")}
      title={t("logOut")}
      className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10"
    >
      <LogoutIcon />
    </button>
  );
}
