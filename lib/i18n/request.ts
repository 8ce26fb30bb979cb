// next-intl's per-request configuration (named in next.config.ts). Messages are JSON files
// under ./messages, compiled at build time by next-intl's catalog loader, so the browser gets no
// ICU parser (see "Languages" in the README).
import { getRequestConfig } from "next-intl/server";
import { currentLocale } from "./current-locale";
import { TIME_ZONE } from "./time-zone";

export default getRequestConfig(async () => {
  const locale = await currentLocale();
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
