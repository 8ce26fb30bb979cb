import { describe, expect, it } from "vitest";
import { publish, subscribe, subscriberCount, type DeliveredEvent } from "./event-bus";

describe("event bus", () => {
  it("delivers an event once to each subscription of each recipient, and to nobody else", () => {
    const seen: Array<[string, DeliveredEvent]> = [];
    const offs = [
      subscribe("meena", (e) => seen.push(["meena-tab-1", e])),
      subscribe("meena", (e) => seen.push(["meena-tab-2", e])),
      subscribe("owner", (e) => seen.push(["owner", e])),
      subscribe("stranger", (e) => seen.push(["stranger", e])),
    ];
    publish(["meena", "owner", "meena"], { type: "message.posted", conversationId: "c1", messageId: "m1", seq: 1 });
    expect(seen.map(([who]) => who).sort()).toEqual(["meena-tab-1", "meena-tab-2", "owner"]);
    expect(new Set(seen.map(([, e]) => e.id)).size).toBe(1);
    offs.forEach((off) => off());
    expect(subscriberCount()).toBe(0);
  });

  it("numbers events in publishing order", () => {
    const ids: number[] = [];
    const off = subscribe("u", (e) => ids.push(e.id));
    publish(["u"], { type: "conversation.read", conversationId: "c", userId: "x", lastReadSeq: 1, lastDeliveredSeq: 1 });
    publish(["u"], { type: "conversation.read", conversationId: "c", userId: "x", lastReadSeq: 2, lastDeliveredSeq: 2 });
    off();
    expect(ids[1]).toBe(ids[0]! + 1);
  });
});
