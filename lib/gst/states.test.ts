import { describe, expect, it } from "vitest";
import { GST_STATES, stateCodeSchema, stateName } from "./states";

describe("GST states", () => {
  it("has every code once and is sorted by name", () => {
    expect(GST_STATES).toHaveLength(37);
    expect(new Set(GST_STATES.map((state) => state.code)).size).toBe(37);
    const names = GST_STATES.map((state) => state.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(GST_STATES[0]).toEqual({ code: "35", name: "Andaman and Nicobar Islands" });
  });

  it("names a code", () => {
    expect(stateName("27")).toBe("Maharashtra");
    expect(stateName("97")).toBe("Other Territory");
    expect(stateName("99")).toBeNull();
    expect(stateName("7")).toBeNull();
  });

  it("accepts only known codes", () => {
    expect(stateCodeSchema.parse("07")).toBe("07");
    expect(stateCodeSchema.safeParse("25").error?.issues[0]?.message).toBe("Choose the state.");
    expect(stateCodeSchema.safeParse(undefined).error?.issues[0]?.message).toBe("Choose the state.");
  });
});
