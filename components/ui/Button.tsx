import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "ghost" | "danger";

const variants: Record<Variant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 active:bg-brand-800 disabled:bg-brand-600/50",
  secondary: "bg-brand-50 text-brand-700 ring-1 ring-brand-100 hover:bg-brand-100 disabled:opacity-60",
  ghost: "bg-transparent text-stone-700 hover:bg-stone-100 disabled:opacity-60",
  danger: "bg-transparent text-red-700 hover:bg-red-50 disabled:opacity-60",
};

export function buttonClasses(variant: Variant = "primary", fullWidth = false): string {
  return [
    "inline-flex min-h-12 items-center justify-center gap-2 rounded-xl px-5 text-base font-semibold transition-colors",
    "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed",
    variants[variant],
    fullWidth ? "w-full" : "",
  ].join(" ");
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  fullWidth?: boolean;
  busy?: boolean;
}

export function Button({ variant = "primary", fullWidth = false, busy = false, className = "", children, disabled, ...rest }: ButtonProps) {
  return (
    <button {...rest} disabled={disabled || busy} aria-busy={busy || undefined} className={`${buttonClasses(variant, fullWidth)} ${className}`}>
      {busy ? <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" /> : null}
      {children}
    </button>
  );
}
