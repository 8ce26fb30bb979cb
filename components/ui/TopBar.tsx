import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { BackIcon } from "./icons";

interface TopBarProps {
  title: ReactNode;
  subtitle?: ReactNode;
  backHref?: string;
  leading?: ReactNode;
  actions?: ReactNode;
}

export function TopBar({ title, subtitle, backHref, leading, actions }: TopBarProps) {
  const t = useTranslations("common");
  return (
    <header className="pt-safe sticky top-0 z-10 bg-brand-700 text-white shadow-sm">
      <div className="flex min-h-14 items-center gap-2 px-2">
        {backHref ? (
          <Link href={backHref} prefetch={false} aria-label={t("back")} className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10">
            <BackIcon />
          </Link>
        ) : (
          <span className="w-2" />
        )}
        {leading}
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-lg font-semibold leading-tight">{title}</h1>
          {subtitle ? <p className="truncate text-xs text-white/80">{subtitle}</p> : null}
        </div>
        {actions ? <div className="flex items-center">{actions}</div> : null}
      </div>
    </header>
  );
}
