import { useTranslations } from "next-intl";
import type { SystemLineView } from "@/lib/i18n/system-line-view";

/** A system line in the reader's language, from its key; lines written before keys existed (or
 * with a key this version does not know) show their stored English text. */
export function SystemLineText({ line, body }: { line: SystemLineView | null; body: string | null }) {
  const t = useTranslations("system");
  // Keys arrive as data (stored with the message), so they are checked here, not by the compiler.
  const say = t as unknown as (key: string, values: SystemLineView["values"]) => string;
  if (line && t.has(line.key as never)) return <>{say(line.key, line.values)}</>;
  return <>{body}</>;
}
