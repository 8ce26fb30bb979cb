"use client";
import { useState } from "react";
import { TextField } from "@/components/ui/TextField";

interface PasswordFieldProps {
  label?: string;
  name?: string;
  autoComplete: "current-password" | "new-password";
  error?: string;
  hint?: string;
}

export function PasswordField({ label = "Password", name = "password", autoComplete, error, hint }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="relative">
      <TextField label={label} name={name} type={visible ? "text" : "password"} autoComplete={autoComplete} required minLength={autoComplete === "new-password" ? 8 : 1} error={error} hint={hint} className="[&_input]:pr-20" />
      <button
        type="button"
        onClick={() => setVisible((v) => !v)}
        className="absolute top-[1.85rem] right-1 min-h-11 rounded-lg px-3 text-sm font-medium text-brand-700 hover:bg-brand-50"
        aria-label={visible ? "Hide password" : "Show password"}
      >
        {visible ? "Hide" : "Show"}
      </button>
    </div>
  );
}
