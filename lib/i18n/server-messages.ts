// The messages of every language, for text made on the server outside a page render: refusals
// (error-text.ts), notifications (lib/push), system lines (system-line.ts writes English).
import { createTranslator } from "use-intl/core";
import en from "./messages/en.json";
import gu from "./messages/gu.json";
import hi from "./messages/hi.json";
import type { Locale } from "./locales";

type Messages = typeof en;
const MESSAGES: Record<Locale, Messages> = { en, hi: hi as unknown as Messages, gu: gu as unknown as Messages };

/** Says a message by its full key ("system.orderAccepted"); keys that arrive as data are checked
 * with `has` first. */
export interface Speaker {
  say(key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

const speakers = new Map<Locale, Speaker>();

export function speakerFor(locale: Locale): Speaker {
  let speaker = speakers.get(locale);
  if (!speaker) {
    const t = createTranslator({ locale, messages: MESSAGES[locale] });
    const say = t as unknown as (key: string, values?: Record<string, string | number>) => string;
    speaker = { say: (key, values) => say(key, values), has: (key) => t.has(key as never) };
    speakers.set(locale, speaker);
  }
  return speaker;
}
