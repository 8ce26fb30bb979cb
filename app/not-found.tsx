import Link from "next/link";
import { buttonClasses } from "@/components/ui/Button";

export default function NotFound() {
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
