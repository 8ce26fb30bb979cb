import { headers } from "next/headers";

// Runs while the page is parsed, before any of the app's scripts: the chat is painted at the first
// unread message (or the newest) from its very first frame. use-chat-scroll.ts does the same after
// hydration, and on client-side navigations, where this script is not run. Without it the first
// paint showed the oldest of the first page, and the messages a person came for appeared only once
// the scripts had loaded and run: on a slow phone the largest paint waited for all of them
// (bench:web: LCP is a message's text). It must follow the message list in the page; a parser-
// inserted script also waits for the style sheets, so the heights it reads are the real ones.
const OPEN_AT_POSITION = `(function(){var u=document.getElementById("first-unread");if(u)u.scrollIntoView({block:"start"});else window.scrollTo(0,document.documentElement.scrollHeight)})()`;

/** The page's script nonce, as Next reads it from the request's policy (lib/security/security-headers.ts). */
async function scriptNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy") ?? "";
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

export async function OpenAtPosition() {
  return <script nonce={await scriptNonce()} dangerouslySetInnerHTML={{ __html: OPEN_AT_POSITION }} />;
}
