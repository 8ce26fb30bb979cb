import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { clientAddressFrom } from "./client-address";

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
  resetEnvForTests();
});

describe("clientAddressFrom", () => {
  it("uses the last entry without a trusted proxy", () => {
    expect(clientAddressFrom("1.1.1.1, 10.0.0.7")).toBe("10.0.0.7");
    expect(clientAddressFrom(undefined)).toBe("unknown");
  });

  it("uses the entry the trusted proxy appended, ignoring what the client forged", () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    resetEnvForTests();
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    process.env.TRUSTED_PROXY_HOPS = "2";
    resetEnvForTests();
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9, 10.0.0.2")).toBe("203.0.113.9");
  });
});
