/** Sent, delivered and read, as three big numbers at the top of a broadcast; above them, while
 * the albums are still being written, how far that has gone; under them, the chosen buyers it
 * skipped because they had replied STOP. */
export function BroadcastCounts({ counts, sending }: { counts: { total: number; sent: number; delivered: number; read: number; skipped: number }; sending: boolean }) {
  const items = [
    { label: "Sent", value: counts.sent },
    { label: "Delivered", value: counts.delivered },
    { label: "Read", value: counts.read },
  ];
  return (
    <>
      {sending ? (
        <p role="status" className="mx-4 mt-4 rounded-xl bg-brand-50 px-4 py-3 text-sm font-medium text-brand-800">
          Sending to {counts.total.toLocaleString("en-IN")} buyers… {counts.sent.toLocaleString("en-IN")} done. You can leave this page: it carries on.
        </p>
      ) : null}
      <dl className="grid grid-cols-3 gap-2 px-4 pt-4">
        {items.map((item) => (
          <div key={item.label} className="flex flex-col items-center rounded-xl bg-stone-50 py-3 ring-1 ring-stone-200">
            <dt className="text-xs font-medium text-stone-500">{item.label}</dt>
            <dd className="text-2xl font-bold text-stone-900" aria-label={`${item.label}: ${item.value} of ${counts.total}`}>
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
