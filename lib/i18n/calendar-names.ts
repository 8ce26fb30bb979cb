// Day and month names as the chat shows them, in each language Chatalog speaks: the CLDR names
// that Intl.DateTimeFormat gives for en-IN, hi-IN and gu-IN, written out. Why not Intl itself:
// in the browser the first Intl.DateTimeFormat or NumberFormat of a page costs 25-50 ms on this
// machine (ICU loads its data), four times that on a cheap phone, and a conversation's first render
// made several while hydrating. format-time.test.ts holds these tables equal to Node's Intl for
// every day of two years, so a newer ICU that renames something fails there, not on a phone.
import type { Locale } from "@/lib/i18n/locales";

export interface CalendarNames {
  /** "Today" and "Yesterday" with a capital where the script has one (Intl.RelativeTimeFormat, numeric: auto). */
  today: string;
  yesterday: string;
  /** Sunday first, as Date.getUTCDay() counts. */
  weekdayShort: readonly string[];
  weekdayLong: readonly string[];
  /** January first; the forms used inside a date ("1 Dec", "Tuesday, 1 December"). */
  monthShort: readonly string[];
  monthLong: readonly string[];
}

export const CALENDAR_NAMES: Record<Locale, CalendarNames> = {
  en: {
    today: "Today",
    yesterday: "Yesterday",
    weekdayShort: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    weekdayLong: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    monthShort: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
    monthLong: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  },
  hi: {
    today: "आज",
    yesterday: "कल",
    weekdayShort: ["रवि", "सोम", "मंगल", "बुध", "गुरु", "शुक्र", "शनि"],
    weekdayLong: ["रविवार", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार"],
    monthShort: ["जन॰", "फ़र॰", "मार्च", "अप्रैल", "मई", "जून", "जुल॰", "अग॰", "सित॰", "अक्टू॰", "नव॰", "दिस॰"],
    monthLong: ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
  },
  gu: {
    today: "આજે",
    yesterday: "ગઈકાલે",
    weekdayShort: ["રવિ", "સોમ", "મંગળ", "બુધ", "ગુરુ", "શુક્ર", "શનિ"],
    weekdayLong: ["રવિવાર", "સોમવાર", "મંગળવાર", "બુધવાર", "ગુરુવાર", "શુક્રવાર", "શનિવાર"],
    monthShort: ["જાન્યુ", "ફેબ્રુ", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ", "સપ્ટે", "ઑક્ટો", "નવે", "ડિસે"],
    monthLong: ["જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ", "સપ્ટેમ્બર", "ઑક્ટોબર", "નવેમ્બર", "ડિસેમ્બર"],
  },
};
