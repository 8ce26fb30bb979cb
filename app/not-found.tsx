import Link from "next/link";
import { connection } from "next/server";
import { buttonClasses } from "@/components/ui/Button";

export default async function NotFound() {
  // Rendered per request, not prerendered: a prerendered page's scripts carry no CSP nonce
  // (lib/security/security-headers.ts) and the browser would refuse them.
  await connection();
  return (
    <main className="flex flex-1 flex-col items-center justify-center gap-4 px-8 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="text-stone-600">This page does not exist, or you don&apos;t have access to it.</p>
      <Link href="/chats" className={buttonClasses("primary")}>
        Back to chats
      </Link>
    </main>
  );
}
