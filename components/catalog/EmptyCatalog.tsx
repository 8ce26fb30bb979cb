import Link from "next/link";
import { buttonClasses } from "@/components/ui/Button";
import type { ArchiveFilterValue } from "./ArchiveFilter";

function PhotosIcon() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" width="40" height="40" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
      <rect x="3" y="3" width="18" height="18" rx="2" />
      <circle cx="9" cy="9" r="2" />
      <path d="M21 15l-5-5L5 21" />
    </svg>
  );
}

/** Why the grid is empty, and what to do about it. */
export function EmptyCatalog({ query, show }: { query: string; show: ArchiveFilterValue }) {
  if (query) {
    return <p className="px-6 py-12 text-center text-stone-600">No design matches &ldquo;{query}&rdquo;. Try a code like D-0012, a word from the title, or a colour.</p>;
  }
  if (show === "archived") {
    return <p className="px-6 py-12 text-center text-stone-600">No archived designs. Designs you archive leave the catalog but stay in the chats, and can be restored.</p>;
  }
  return (
    <div className="flex flex-col items-center px-8 py-16 text-center">
      <span className="mb-4 text-brand-600">
        <PhotosIcon />
      </span>
      <h2 className="text-lg font-semibold">No designs yet</h2>
      <p className="mt-1 text-stone-600">Post photos in a chat with a buyer: each photo becomes a design here, with a code and a price you can edit.</p>
      <Link href="/chats" className={`${buttonClasses("primary")} mt-6`}>
        Open chats
      </Link>
    </div>
  );
}
