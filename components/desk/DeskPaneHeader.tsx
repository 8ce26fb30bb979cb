/** The side pane's title bar on a desk, in the colours of the page's own top bar beside it. */
export function DeskPaneHeader({ title }: { title: string }) {
  return (
    <div className="sticky top-0 z-10 flex min-h-14 items-center bg-brand-700 px-4 text-white shadow-sm">
      <h2 className="truncate text-lg font-semibold">{title}</h2>
    </div>
  );
}

export function DeskPaneMessage({ children }: { children: React.ReactNode }) {
  return <p className="px-4 py-6 text-center text-sm text-stone-600">{children}</p>;
}
