// System lines ("Order #1042 accepted by Priya") are stored twice over: as English text (the
// message body: what the chats list preview, search, exports and logs read) and as a message key
// with its values (Message.meta.line), from which each reader's screen says it in their language
// (system-line-view.ts). Both come from the one wording in lib/i18n/messages, so the English
// can never drift from the translations. Server-only: it carries the English messages.
import type en from "./messages/en.json";
import { speakerFor } from "./server-messages";
import type { SystemLineValues, SystemLineView } from "./system-line-view";

export type SystemLineName = keyof typeof en.system;

/** A system line to write: its English text and the key it was made from. */
export interface SystemLineText {
  text: string;
  line: SystemLineView;
}

export function systemLine(key: SystemLineName, values: SystemLineValues = {}): SystemLineText {
  return { text: speakerFor("en").say(`system.${key}`, values), line: { key, values } };
}
