import { describe, expect, it } from "vitest";
import { CLIENT_NOTICES, clientNotice } from "./client-notices";

describe("the browser's own notices", () => {
  it("have the same keys in every language, each written in its own script", () => {
    const keys = Object.keys(CLIENT_NOTICES.en).sort();
    expect(Object.keys(CLIENT_NOTICES.hi).sort()).toEqual(keys);
    expect(Object.keys(CLIENT_NOTICES.gu).sort()).toEqual(keys);
    for (const text of Object.values(CLIENT_NOTICES.hi)) expect(text).toMatch(/[\u0900-\u097F]/);
    for (const text of Object.values(CLIENT_NOTICES.gu)) expect(text).toMatch(/[\u0A80-\u0AFF]/);
  });

  it("speak English where no page says otherwise", () => {
    expect(clientNotice("didNotWork")).toBe("That did not work. Try again.");
    expect(clientNotice("didNotWork", "gu")).toBe("આ ન થયું. ફરી પ્રયત્ન કરો.");
  });
});
