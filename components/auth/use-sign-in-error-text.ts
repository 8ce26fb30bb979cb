"use client";
import { useLocale, useTranslations } from "next-intl";
import { SIGNED_UP_BUT_NOT_LOGGED_IN, WRONG_CREDENTIALS } from "@/lib/auth/login-messages";

/** next-auth hands the login's refusal back as English text: this says it in the page's
 * language (the known refusals by their words, any other, such as the slow-down after many
 * tries, by its kind). English readers keep the server's exact words. */
export function useSignInErrorText(): (failure: string) => string {
  const t = useTranslations("auth");
  const locale = useLocale();
  return (failure) => {
    if (locale === "en") return failure;
    if (failure === WRONG_CREDENTIALS) return t("wrongCredentials");
    if (failure === SIGNED_UP_BUT_NOT_LOGGED_IN) return t("signedUpNotLoggedIn");
    if (/too many|wait/i.test(failure)) return t("tooManyTries");
    return t("couldNotLogIn");
  };
}
