"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/ui/TextField";

interface PasswordFieldProps {
  label?: string;
  name?: string;
  autoComplete: "current-password" | "new-password";
  error?: string;
  hint?: string;
}

export function PasswordField({ label, name = "password", autoComplete, error, hint }: PasswordFieldProps) {
  const t = useTranslations("auth");
  const [visible, setVisible] = useState(false);
  return (
    <div className="relative">
      <TextField label={label ?? t("password")} name={name} type={visible ? "text" : "password"} autoComplete={autoComplete} required minLength={autoComplete === "new-password" ? 8 : 1} error={error} hint={hint} className="[&_input]:pr-20" />
      <button
        type="button"
        onClick={() => setVisible((v) => !v)}
        className="absolute top-[1.85rem] right-1 min-h-11 rounded-lg px-3 text-sm font-medium text-brand-700 hover:bg-brand-50"
        aria-label={visible ? t("hidePassword") : t("showPassword")}
      >
        {visible ? t("hide") : t("show")}
      </button>
    </div>
  );
}
