import { describe, expect, it } from "vitest";
import { ordersNote, readUpiLink, UPI_NOTE_MAX, upiPayLink } from "./upi-link";

describe("upiPayLink", () => {
  it("writes payee, name, amount in rupees with paise, currency and note, each encoded", () => {
    const link = upiPayLink({ upiId: "shree.sai@okaxis", payeeName: "Shree Sai Textiles (Surat)", amountPaise: 1_234_50, note: "Orders 1042 1043" });
    expect(link).toBe("upi://pay?pa=shree.sai%40okaxis&pn=Shree%20Sai%20Textiles%20%28Surat%29&am=1234.50&cu=INR&tn=Orders%201042%201043");
    const params = new URL(link).searchParams;
    expect(Object.fromEntries(params)).toEqual({ pa: "shree.sai@okaxis", pn: "Shree Sai Textiles (Surat)", am: "1234.50", cu: "INR", tn: "Orders 1042 1043" });
  });

  it("keeps names in Gujarati and an & in the name from breaking the link", () => {
    const params = new URL(upiPayLink({ upiId: "a@ybl", payeeName: "શ્રી સાંઈ & Co", amountPaise: 5, note: "x" })).searchParams;
    expect(params.get("pn")).toBe("શ્રી સાંઈ & Co");
    expect(params.get("am")).toBe("0.05");
  });

  it("cuts a long name by characters, never inside an emoji", () => {
    const link = upiPayLink({ upiId: "a@ybl", payeeName: `${"x".repeat(49)}🧵🧵`, amountPaise: 100, note: "🧵".repeat(60) });
    expect(new URL(link).searchParams.get("pn")).toBe(`${"x".repeat(49)}🧵`);
  });

  it("refuses a zero, negative or fractional amount", () => {
    for (const amountPaise of [0, -100, 10.5]) expect(() => upiPayLink({ upiId: "a@ybl", payeeName: "A", amountPaise, note: "" })).toThrow();
  });
});

describe("ordersNote", () => {
  it("names one order or several, lowest first", () => {
    expect(ordersNote([1042])).toBe("Order 1042");
    expect(ordersNote([1051, 1042, 1043])).toBe("Orders 1042 1043 1051");
  });

  it("fits the note limit however many orders are due, saying how many it left out", () => {
    for (let count = 1; count <= 40; count++) {
      const numbers = Array.from({ length: count }, (_, i) => 100_000 + i);
      const note = ordersNote(numbers);
      expect(note.length).toBeLessThanOrEqual(UPI_NOTE_MAX);
      const shown = note.match(/\d{6}/g) ?? [];
      const more = Number(note.match(/\+(\d+) more$/)?.[1] ?? 0);
      expect(shown.length + more).toBe(count);
    }
  });
});

describe("readUpiLink", () => {
  it("reads whom our own links pay and how much", () => {
    const link = upiPayLink({ upiId: "shop@okaxis", payeeName: "Shop & Co", amountPaise: 4_000_50, note: "Orders 1 2" });
    expect(readUpiLink(link)).toEqual({ payee: "shop@okaxis", amountPaise: 4_000_50 });
    expect(readUpiLink("upi://pay?pa=shop@okaxis&pn=Shop")).toEqual({ payee: "shop@okaxis", amountPaise: null });
  });

  it("refuses a link that could show one thing and pay another", () => {
    for (const href of [
      "upi://pay?pa=shop%40okaxis&pa=evil%40ybl&am=10", // two payees: apps differ on which they take
      "upi://pay?pa=shop@okaxis&am=10&am=99999",
      "upi://pay?pa=shop@okaxis&PA=evil@ybl",
      "upi://pay?pa=shop@okaxis&url=https://evil.example", // keys UPI does not define
      "upi://pay?pa=not-an-id&am=10",
      "upi://pay?pa=shop@okaxis&am=1e5",
      "upi://pay?pa=shop@okaxis&am=10&cu=USD",
      "upi://pay?pa=%E0%A4&am=1", // broken percent-encoding
      "upi://mandate?pa=shop@okaxis",
    ]) {
      expect(readUpiLink(href), href).toBeNull();
    }
  });
});
