import { describe, expect, it } from "vitest";
import { deliverLocally, subscribe, subscriberCount, type DeliveredEvent } from "./event-bus";

describe("event bus", () => {
  it("delivers an event once to each subscription of each recipient, and to nobody else", () => {
    const seen: Array<[string, DeliveredEvent]> = [];
    const offs = [
      subscribe("meena", (e) => seen.push(["meena-tab-1", e])),
      subscribe("meena", (e) => seen.push(["meena-tab-2", e])),
      subscribe("owner", (e) => seen.push(["owner", e])),
      subscribe("stranger", (e) => seen.push(["stranger", e])),
    ];
    deliverLocally(["meena", "owner", "meena"], { type: "message.posted", conversationId: "c1", messageId: "m1", seq: 1 }, 41);
    expect(seen.map(([who]) => who).sort()).toEqual(["meena-tab-1", "meena-tab-2", "owner"]);
    expect(seen.every(([, e]) => e.id === 41)).toBe(true);
    offs.forEach((off) => off());
    expect(subscriberCount()).toBe(0);
  });
});
