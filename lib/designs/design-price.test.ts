import { describe, expect, it } from "vitest";
import { orderPlacedText } from "@/lib/orders/order-card";
import { pickSummary } from "@/lib/orders/quantities";
import { designPrice, designPricePerPiece } from "./design-price";

describe("the price of a design as people read it", () => {
  it("reads zero as Price on request, never Rs 0", () => {
    expect(designPrice(45_000)).toBe("Rs 450");
    expect(designPrice(0)).toBe("Price on request");
    expect(designPricePerPiece(125_050)).toBe("Rs 1,250.50 / pc");
    expect(designPricePerPiece(0)).toBe("Price on request");
  });

  it("an unpriced pick and order read Price on request in the chat", () => {
    expect(pickSummary({ code: "D-0001", colour: null, sets: 3, sizePieces: null, pieces: 18, totalPaise: 0 })).toBe("D-0001, 3 sets = 18 pcs, Price on request");
    expect(orderPlacedText({ number: 1001, designs: 1, totalPieces: 18, totalPaise: 0 })).toBe("Order #1001 placed: 1 design, 18 pcs, Price on request");
  });
});
