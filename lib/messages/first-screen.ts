// Which messages a chat shows on its first screen, for the photos that should load first: a chat
// opens at its newest messages, so the last few are on screen, and the newest album among them is
// usually the largest thing there (what Largest Contentful Paint waits for). Shared by the page,
// which announces that photo in its head, and the timeline, which loads those albums eagerly.
import type { MessageView } from "./message-view";

export const FIRST_SCREEN_MESSAGES = 4;

/** The newest design post among the first screen's messages, if any. */
export function newestAlbumOnFirstScreen(messages: MessageView[]): MessageView | undefined {
  return messages.slice(-FIRST_SCREEN_MESSAGES).findLast((message) => message.designs.length > 0);
}
