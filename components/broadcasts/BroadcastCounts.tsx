/** Sent, delivered and read, as three big numbers at the top of a broadcast; under them, the
 * chosen buyers it skipped because they had replied STOP. */
export function BroadcastCounts({ counts }: { counts: { sent: number; delivered: number; read: number; skipped: number } }) {
  const items = [
    { label: "Sent", value: counts.sent },
    { label: "Delivered", value: counts.delivered },
    { label: "Read", value: counts.read },
  ];
  return (
    <>
      <dl className="grid grid-cols-3 gap-2 px-4 pt-4">
        {items.map((item) => (
          <div key={item.label} className="flex flex-col items-center rounded-xl bg-stone-50 py-3 ring-1 ring-stone-200">
            <dt className="text-xs font-medium text-stone-500">{item.label}</dt>
            <dd className="text-2xl font-bold text-stone-900" aria-label={`${item.label}: ${item.value} of ${counts.sent}`}>
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
      {counts.skipped > 0 ? (
        <p className="px-4 pt-2 text-sm text-stone-600">
          Skipped {counts.skipped === 1 ? "1 buyer who" : `${counts.skipped} buyers who`} stopped new designs (replied STOP).
        </p>
      ) : null}
    </>
  );
}
