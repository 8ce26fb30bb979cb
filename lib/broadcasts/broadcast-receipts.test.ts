import { describe, expect, it } from "vitest";
import { albumReceipt } from "./broadcast-receipts";

const album = (seq: number, states: { userId: string; lastReadSeq: number; lastDeliveredSeq: number }[]) => ({ seq, conversation: { buyerId: "buyer", readStates: states } });

describe("album receipts", () => {
  it("counts only the buyer's own read state against the album's seq", () => {
    expect(albumReceipt(album(5, []))).toEqual({ delivered: false, read: false });
    expect(albumReceipt(album(5, [{ userId: "member", lastReadSeq: 9, lastDeliveredSeq: 9 }]))).toEqual({ delivered: false, read: false });
    expect(albumReceipt(album(5, [{ userId: "buyer", lastReadSeq: 4, lastDeliveredSeq: 5 }]))).toEqual({ delivered: true, read: false });
    expect(albumReceipt(album(5, [{ userId: "buyer", lastReadSeq: 7, lastDeliveredSeq: 7 }]))).toEqual({ delivered: true, read: true });
  });

  it("treats read as delivered even when delivery was never reported", () => {
    expect(albumReceipt(album(5, [{ userId: "buyer", lastReadSeq: 5, lastDeliveredSeq: 0 }]))).toEqual({ delivered: true, read: true });
  });
});
