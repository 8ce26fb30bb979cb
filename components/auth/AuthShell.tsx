import type { ReactNode } from "react";

/** The frame of the signed-out screens: brand on top, a card of form below. */
export function AuthShell({ title, intro, children, footer }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <main className="flex min-h-dvh flex-col bg-gradient-to-b from-brand-700 via-brand-700 to-stone-100 to-[45%]">
      <div className="px-6 pt-[max(2.5rem,env(safe-area-inset-top))] pb-8 text-white">
        <div className="flex items-center gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a 1 KB SVG needs no optimisation */}
          <img src="/icon.svg" alt="" width={44} height={44} className="rounded-xl ring-2 ring-white/30" />
          <span className="text-2xl font-bold tracking-tight">Chatalog</span>
        </div>
        <h1 className="mt-8 text-3xl leading-tight font-bold">{title}</h1>
        {intro ? <div className="mt-2 text-base text-white/85">{intro}</div> : null}
      </div>
      <div className="mx-3 mb-6 rounded-2xl bg-white p-5 shadow-lg ring-1 ring-black/5">{children}</div>
      {footer ? <div className="px-6 pb-[max(2rem,env(safe-area-inset-bottom))] text-center text-base text-stone-600">{footer}</div> : null}
    </main>
  );
}
