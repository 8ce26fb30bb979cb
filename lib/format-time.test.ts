import { describe, expect, it } from "vitest";
import { formatClock, formatDayLabel, formatListTime, indianDayNumber } from "./format-time";

describe("formatClock", () => {
  it("reads the Indian wall clock from a Date or milliseconds, before 1970 too", () => {
    expect(formatClock(new Date("2026-11-26T18:29:00Z"))).toBe("23:59");
    expect(formatClock(Date.parse("2026-11-26T18:30:00Z"))).toBe("00:00");
    expect(formatClock(Date.parse("1969-12-31T23:00:00Z"))).toBe("04:30");
  });
  it("starts a new Indian day at 18:30 UTC", () => {
    expect(indianDayNumber(Date.parse("2026-11-26T18:30:00Z")) - indianDayNumber(Date.parse("2026-11-26T18:29:59Z"))).toBe(1);
    expect(indianDayNumber(Date.parse("2026-11-26T18:30:00Z"))).toBe(indianDayNumber(Date.parse("2026-11-27T18:29:59Z")));
  });
});

describe("formatListTime", () => {
  const now = new Date("2026-11-26T10:00:00Z"); // 15:30 IST, a Thursday
  it("shows the clock for today", () => expect(formatListTime(new Date("2026-11-26T04:00:00Z"), now)).toBe("09:30"));
  it("says Yesterday", () => expect(formatListTime(new Date("2026-11-25T10:00:00Z"), now)).toBe("Yesterday"));
  it("shows a weekday within a week", () => expect(formatListTime(new Date("2026-11-23T10:00:00Z"), now)).toBe("Mon"));
  it("shows a date beyond a week", () => expect(formatListTime(new Date("2026-10-02T10:00:00Z"), now)).toBe("2 Oct"));
  it("uses the Indian day boundary", () => expect(formatDayLabel(new Date("2026-11-25T19:00:00Z"), now)).toBe("Today"));
});

describe("times in Hindi and Gujarati", () => {
  const now = new Date("2026-11-26T10:00:00Z");
  it("says yesterday in the reader's language", () => {
    expect(formatListTime(new Date("2026-11-25T10:00:00Z"), now, "hi")).toBe("कल");
    expect(formatListTime(new Date("2026-11-25T10:00:00Z"), now, "gu")).toBe("ગઈકાલે");
  });
  it("names days and months in the language, with the same 24-hour clock", () => {
    expect(formatDayLabel(new Date("2026-11-23T10:00:00Z"), now, "hi")).toBe("सोमवार, 23 नवंबर");
    expect(formatDayLabel(new Date("2026-11-23T10:00:00Z"), now, "gu")).toBe("સોમવાર, 23 નવેમ્બર");
    expect(formatListTime(new Date("2026-11-26T04:00:00Z"), now, "gu")).toBe("09:30");
  });
});

// The functions above are written by hand (no Intl in the browser's first render): here they are
// held equal to Intl in India's zone, for every language, every hour of two years of days.
describe("the same text as Intl.DateTimeFormat in Asia/Kolkata", () => {
  const tags = { en: "en-IN", hi: "hi-IN", gu: "gu-IN" } as const;
  const intl = (tag: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...options, timeZone: "Asia/Kolkata" });
  const start = Date.UTC(2025, 11, 31, 0, 17);
  const times = Array.from({ length: 731 * 4 }, (_, index) => new Date(start + index * 6 * 3_600_000 + (index % 7) * 60_000));

  for (const locale of ["en", "hi", "gu"] as const) {
    it(`${locale}: clock, weekday, short date, long day and day number`, () => {
      const tag = tags[locale];
      const clock = intl(tag, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
      const weekday = intl(tag, { weekday: "short" });
      const shortDate = intl(tag, { day: "numeric", month: "short" });
      const longDay = intl(tag, { weekday: "long", day: "numeric", month: "long" });
      const key = intl("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" });
      const relative = new Intl.RelativeTimeFormat(tag, { numeric: "auto" });
      const capital = (word: string) => word.charAt(0).toLocaleUpperCase(tag) + word.slice(1);
      for (const time of times) {
        expect(formatClock(time)).toBe(clock.format(time));
        expect(formatClock(time.getTime())).toBe(clock.format(time));
        // The same day number exactly when the same day key, one minute either side of midnight too.
        for (const other of [time.getTime() + 86_400_000, time.getTime() - 60_000, time.getTime() + 60_000]) {
          expect(indianDayNumber(other) === indianDayNumber(time.getTime())).toBe(key.format(other) === key.format(time));
        }
        const now = new Date(time.getTime() + 3 * 86_400_000);
        expect(formatListTime(time, now, locale)).toBe(weekday.format(time));
        const later = new Date(time.getTime() + 9 * 86_400_000);
        expect(formatListTime(time, later, locale)).toBe(shortDate.format(time));
        expect(formatDayLabel(time, later, locale)).toBe(longDay.format(time));
      }
      const noon = new Date("2026-11-26T06:30:00Z");
      expect(formatDayLabel(noon, noon, locale)).toBe(capital(relative.format(0, "day")));
      expect(formatListTime(noon, new Date(noon.getTime() + 86_400_000), locale)).toBe(capital(relative.format(-1, "day")));
    });
  }
});
