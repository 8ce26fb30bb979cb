// Not a product screen: the yardstick of `npm run bench:read` (tests/bench/bench-read.ts).
// It is rendered on every request like the chat pages (force-dynamic) by the same production
// server, through the same root layout, but reads nothing: no session, no database. The bench
// compares /chats and /chats/<id> with it, so their figures show what our own data work costs on
// top of what any dynamic Next page costs on this machine. Safe to serve: it shows no data.
export const dynamic = "force-dynamic";

export const metadata = { title: "Bench baseline" };

export default function BenchBaselinePage() {
  return (
    <main className="p-4">
      <p>Chatalog bench baseline: a dynamic page that reads nothing.</p>
    </main>
  );
}
