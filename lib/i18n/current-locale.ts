// The language of the request being rendered: the signed-in person's choice, else the cookie,
// else the browser's Accept-Language (lib/i18n/locales.ts decides).
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getActor } from "@/lib/auth/current-actor";
import { chooseLocale, LOCALE_COOKIE, type Locale } from "./locales";

export const currentLocale = cache(async (): Promise<Locale> => {
  const [jar, head, actor] = await Promise.all([cookies(), headers(), getActor()]);
  return chooseLocale({ chosen: actor?.locale, cookie: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: head.get("accept-language") });
});
