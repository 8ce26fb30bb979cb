// Types every message key against the English file: a key used in code that English lacks is
// a compile error (tests/unit i18n-messages.test.ts checks Hindi and Gujarati against English).
import type en from "./messages/en.json";
import type { Locale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
