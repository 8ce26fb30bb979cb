import { describe, expect, it } from "vitest";
import { formatDayLabel, formatListTime } from "./format-time";

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
