import { describe, expect, it } from "vitest";
import { clientAddressFrom, clientAddressOf } from "./client-address";

describe("clientAddressOf", () => {
  it("ignores X-Forwarded-For without a trusted proxy: the socket's address counts", () => {
    expect(clientAddressOf("10.0.0.7", "1.1.1.1", 0)).toBe("10.0.0.7");
    expect(clientAddressOf("10.0.0.7", "1.1.1.1, 2.2.2.2", 0)).toBe("10.0.0.7");
    expect(clientAddressOf("10.0.0.7", undefined, 0)).toBe("10.0.0.7");
    expect(clientAddressOf(undefined, "1.1.1.1", 0)).toBe("unknown");
  });

  it("believes only the entries the trusted proxies appended", () => {
    // One proxy: it appended what it saw; the client wrote 6.6.6.6 itself.
    expect(clientAddressOf("10.0.0.2", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    // Two proxies: the outer one appended the client, the inner one appended the outer proxy.
    expect(clientAddressOf("10.0.0.3", "6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientAddressOf("10.0.0.2", ["6.6.6.6", "203.0.113.9"], 1)).toBe("203.0.113.9");
  });

  it("falls back to the farthest known address when the chain is shorter than the hops", () => {
    // The request bypassed the proxy (no header): the socket is all there is.
    expect(clientAddressOf("198.51.100.4", undefined, 1)).toBe("198.51.100.4");
    expect(clientAddressOf("10.0.0.3", "203.0.113.9", 2)).toBe("203.0.113.9");
  });
});

describe("clientAddressFrom", () => {
  it("reads back the one address the production server wrote", () => {
    expect(clientAddressFrom("203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddressFrom(null)).toBe("unknown");
  });
});
