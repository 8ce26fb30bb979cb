import { describe, expect, it } from "vitest";
import { speakerFor } from "@/lib/i18n/server-messages";
import { orderPlacedLine, orderPlacedText } from "@/lib/orders/order-card";
import { pickPreview, pickSummary } from "@/lib/orders/quantities";
import { pickCardLine, pickPreviewLine } from "./pick-card-line";

const say = (locale: "en" | "hi" | "gu", line: { key: string; values: Record<string, string | number> }) => speakerFor(locale).say(`system.${line.key}`, line.values);

describe("a pick card in the reader's language", () => {
  const lines: { code: string; colour: string | null; sets: number | null; sizePieces: Record<string, number> | null; pieces: number; totalPaise: number }[] = [
    { code: "D-0142", colour: "Red", sets: 3, sizePieces: null, pieces: 18, totalPaise: 810_000 },
    { code: "D-0001", colour: null, sets: 1, sizePieces: null, pieces: 1, totalPaise: 45_000 },
    { code: "D-0007", colour: null, sets: null, sizePieces: { M: 4, L: 2 }, pieces: 6, totalPaise: 0 },
    { code: "D-0008", colour: "Teal", sets: null, sizePieces: { "Free size": 120_000 }, pieces: 120_000, totalPaise: 12_000_000_00 },
  ];

  it("reads in English exactly as the stored card and preview", () => {
    for (const line of lines) {
      expect(say("en", pickCardLine(line))).toBe(pickSummary(line));
      expect(say("en", pickPreviewLine(line))).toBe(pickPreview(line));
    }
  });

  it("says sets, pieces and an unpriced total in Hindi and Gujarati", () => {
    expect(say("hi", pickCardLine(lines[0]!))).toBe("D-0142 Red, 3 सेट = 18 पीस, Rs 8,100");
    expect(say("gu", pickCardLine(lines[2]!))).toBe("D-0007, M:4 L:2 = 6 પીસ, ભાવ પૂછો");
    expect(say("gu", pickPreviewLine(lines[0]!))).toBe("પસંદ કર્યું D-0142 Red, 3 સેટ");
  });
});

describe("an order card in the reader's language", () => {
  it("reads in English exactly as the stored card", () => {
    for (const order of [
      { number: 1001, designs: 1, totalPieces: 1, totalPaise: 45_000 },
      { number: 1042, designs: 3, totalPieces: 120_000, totalPaise: 0 },
    ]) {
      expect(say("en", orderPlacedLine(order))).toBe(orderPlacedText(order));
    }
    expect(say("hi", orderPlacedLine({ number: 1001, designs: 2, totalPieces: 2, totalPaise: 75_000 }))).toBe("ऑर्डर #1001 दिया गया: 2 डिज़ाइन, 2 पीस, Rs 750");
  });
});

