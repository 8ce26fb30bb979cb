"use client";
import { signOut } from "next-auth/react";
import { forgetOfflineCopies } from "@/components/push/offline-copies";
import { LogoutIcon } from "@/components/ui/icons";

export function LogoutButton() {
  return (
    <button
      type="button"
      onClick={async () => {
        await forgetOfflineCopies();
        await signOut({ callbackUrl: "/login" });
      }}
      aria-label="Log out"
      title="Log out"
      className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10"
    >
      <LogoutIcon />
    </button>
  );
}
