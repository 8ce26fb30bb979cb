// The few words browser code outside React says (a failed fetch, a stopped upload, an amount typed
// wrong): it has no next-intl context, so it reads the page's language from <html lang> and takes
// the words from this small table, which travels with that code instead of the messages files.
// lib/i18n/client-notices.test.ts holds the three languages to the same keys and scripts.
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

export const CLIENT_NOTICES = {
  en: {
    noConnection: "No connection. Try again when you are back online.",
    didNotWork: "That did not work. Try again.",
    uploadStopped: "Stopped.",
    uploadNoConnection: "No connection. Tap to try again.",
    messageNotSent: "Not sent: no connection.",
    messageRefused: "This message was not accepted.",
    rupeesHint: "Enter rupees like 450, 450.50 or 1,23,456.",
    paiseDigits: "Paise have at most two digits, like 450.50.",
    amountTooLarge: "That amount is too large.",
    postNoConnection: "No connection.",
    postFailed: "The designs could not be posted.",
    photoNotSent: "The photo could not be sent.",
  },
  hi: {
    noConnection: "इंटरनेट नहीं है। नेट आने पर फिर कोशिश करें।",
    didNotWork: "यह नहीं हो सका। फिर कोशिश करें।",
    uploadStopped: "रुक गया।",
    uploadNoConnection: "इंटरनेट नहीं है। फिर से कोशिश के लिए टैप करें।",
    messageNotSent: "नहीं भेजा गया: इंटरनेट नहीं है।",
    messageRefused: "यह मैसेज स्वीकार नहीं हुआ।",
    rupeesHint: "रुपये ऐसे लिखें: 450, 450.50 या 1,23,456।",
    paiseDigits: "पैसे में ज़्यादा से ज़्यादा दो अंक, जैसे 450.50।",
    amountTooLarge: "यह रकम बहुत बड़ी है।",
    postNoConnection: "इंटरनेट नहीं है।",
    postFailed: "डिज़ाइन पोस्ट नहीं हो सके।",
    photoNotSent: "फ़ोटो नहीं भेजी जा सकी।",
  },
  gu: {
    noConnection: "ઇન્ટરનેટ નથી. નેટ આવે ત્યારે ફરી પ્રયત્ન કરો.",
    didNotWork: "આ ન થયું. ફરી પ્રયત્ન કરો.",
    uploadStopped: "અટકી ગયું.",
    uploadNoConnection: "ઇન્ટરનેટ નથી. ફરી પ્રયત્ન માટે ટેપ કરો.",
    messageNotSent: "મોકલાયો નથી: ઇન્ટરનેટ નથી.",
    messageRefused: "આ મેસેજ સ્વીકારાયો નથી.",
    rupeesHint: "રૂપિયા આમ લખો: 450, 450.50 કે 1,23,456.",
    paiseDigits: "પૈસામાં વધુમાં વધુ બે આંકડા, જેમ કે 450.50.",
    amountTooLarge: "આ રકમ બહુ મોટી છે.",
    postNoConnection: "ઇન્ટરનેટ નથી.",
    postFailed: "ડિઝાઇન પોસ્ટ ન થઈ શકી.",
    photoNotSent: "ફોટો મોકલી ન શકાયો.",
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type ClientNotice = keyof (typeof CLIENT_NOTICES)["en"];

/** The page's language in the browser (English on the server, where nothing calls this). */
function pageLocale(): Locale {
  const lang = typeof document === "undefined" ? null : document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

export function clientNotice(key: ClientNotice, locale: Locale = pageLocale()): string {
  return CLIENT_NOTICES[locale][key];
}
