export interface RankItem {
  key: string;
  label: string;
  sublabel?: string;
  value: number;
  valueText: string;
}

/** Horizontal bars, longest first: what sells and who buys, readable at a glance. */
export function RankBars({ title, items, empty }: { title: string; items: RankItem[]; empty: string }) {
  const max = Math.max(1, ...items.map((item) => item.value));
  return (
    <section aria-label={title} className="mx-3 mt-3 rounded-2xl bg-white px-4 py-3 ring-1 ring-stone-200">
      <h2 className="text-sm font-semibold text-stone-700">{title}</h2>
      {items.length ? (
        <ol className="mt-2 space-y-2.5">
          {items.map((item) => (
            <li key={item.key}>
              <div className="flex items-baseline justify-between gap-2 text-sm">
                <span className="min-w-0 truncate">
                  <span className="font-semibold text-stone-900">{item.label}</span>
                  {item.sublabel ? <span className="ml-1.5 text-stone-500">{item.sublabel}</span> : null}
                </span>
                <span className="shrink-0 font-semibold text-stone-900">{item.valueText}</span>
              </div>
              <div aria-hidden className="mt-1 h-2.5 rounded-full bg-stone-100">
                <div className="h-full rounded-full bg-brand-500" style={{ width: `${Math.max(3, (item.value / max) * 100)}%` }} />
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-stone-600">{empty}</p>
      )}
    </section>
  );
}
