"use client";
// The conversation's sheets and panels, loaded after its first screen. None of them shows until
// the person taps something (a photo, Pick, the tray, +, a thread), so their code stays out of the
// scripts the first screen waits for; so does the supplier's posting queue, which buyers never use.
// Once the page has loaded and the phone is idle, preloadConversationSheets fetches them all, so
// the first tap opens at once and a chat opened online still opens its sheets offline (the service
// worker keeps every build file it fetched: public/sw.js). Fetching them only at the first touch
// saved 12 KB but broke that: a buyer who lost the network before touching the chat could not open
// a design (offline-pick.spec caught it).
import dynamic from "next/dynamic";

const load = {
  viewer: () => import("@/components/designs/DesignViewer"),
  pick: () => import("@/components/picks/PickSheet"),
  tray: () => import("@/components/picks/TrayReview"),
  post: () => import("@/components/designs/PostDesignsSheet"),
  thread: () => import("./ThreadPanel"),
  postsOnTheirWay: () => import("./PendingPosts"),
  messageActions: () => import("./MessageActions"),
  documents: () => import("./PendingDocuments"),
};

export const DesignViewer = dynamic(() => load.viewer().then((m) => m.DesignViewer));
export const PickSheet = dynamic(() => load.pick().then((m) => m.PickSheet));
export const TrayReview = dynamic(() => load.tray().then((m) => m.TrayReview));
export const PostDesignsSheet = dynamic(() => load.post().then((m) => m.PostDesignsSheet));
export const ThreadPanel = dynamic(() => load.thread().then((m) => m.ThreadPanel));
/** Not a sheet: a supplier's albums on their way, with the posting queue (IndexedDB) behind them. */
export const PostsOnTheirWay = dynamic(() => load.postsOnTheirWay().then((m) => m.PostsOnTheirWay));

/** The long-press menu of a message. */
export const MessageActions = dynamic(() => load.messageActions().then((m) => m.MessageActions));
/** Documents on their way: shown only while one is sending. */
export const PendingDocuments = dynamic(() => load.documents().then((m) => m.PendingDocuments));

/** What each side can open: buyers pick and never post designs; suppliers post and never pick. */
const FOR_MEMBERS = [load.viewer, load.post, load.thread, load.messageActions] as const;
const FOR_BUYERS = [load.viewer, load.pick, load.tray, load.thread, load.messageActions] as const;

/** Fetches the code of the sheets this person can open, after the load event, when the main
 * thread is idle. Returns a cancel. */
export function preloadConversationSheets(viewerIsMember: boolean): () => void {
  let idle: number | undefined;
  const fetchAll = () => {
    for (const fetchOne of viewerIsMember ? FOR_MEMBERS : FOR_BUYERS) fetchOne().catch(() => {}); // offline: the sheet loads when it is opened
  };
  const whenIdle = () => {
    // Safari has no requestIdleCallback.
    idle = "requestIdleCallback" in globalThis ? window.requestIdleCallback(fetchAll, { timeout: 3000 }) : window.setTimeout(fetchAll, 500);
  };
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
  return () => {
    window.removeEventListener("load", whenIdle);
    if (idle === undefined) return;
    if ("cancelIdleCallback" in globalThis) window.cancelIdleCallback(idle);
    else window.clearTimeout(idle);
  };
}
