"use server";
import { cookies } from "next/headers";
import { chooseLanguage, parseLanguageChoice } from "@/lib/i18n/choose-language";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { actAs, actAsAnyone } from "@/lib/server-action";

const A_YEAR = 365 * 24 * 60 * 60;

async function rememberOnThisDevice(locale: Locale): Promise<Locale> {
  (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: A_YEAR, path: "/", sameSite: "lax", httpOnly: true });
  return locale;
}

/** Signed in: kept on the account and on this device. */
export async function chooseLanguageAction(input: unknown) {
  return actAs("signed-in", async (actor) => rememberOnThisDevice(await chooseLanguage(actor, input)), { loginReturnTo: "/settings/language" });
}

/** Signed out (the login and invite pages): kept on this device only. */
export async function chooseLanguageOnThisDeviceAction(input: unknown) {
  return actAsAnyone(async () => rememberOnThisDevice(parseLanguageChoice(input)));
}
