import { describe, expect, it } from "vitest";
import { isPushServiceEndpoint } from "./push-endpoint";

describe("isPushServiceEndpoint", () => {
  it("accepts the browsers' push services", () => {
    for (const endpoint of [
      "https://fcm.googleapis.com/fcm/send/abc:def",
      "https://updates.push.services.mozilla.com/wpush/v2/gAAAA",
      "https://web.push.apple.com/QGm4",
      "https://wns2-par02p.notify.windows.com/w/?token=x",
    ]) expect(isPushServiceEndpoint(endpoint, undefined)).toBe(true);
  });

  it("refuses anything else: other hosts, look-alikes, http, ports, credentials", () => {
    for (const endpoint of [
      "https://example.com/push",
      "https://fcm.googleapis.com.evil.example/x",
      "https://evilpush.apple.com.example/x",
      "http://fcm.googleapis.com/fcm/send/x",
      "https://fcm.googleapis.com:444/x",
      "https://user:pw@fcm.googleapis.com/x",
      "http://127.0.0.1:8080/push",
      "not a url",
    ]) expect(isPushServiceEndpoint(endpoint, undefined)).toBe(false);
  });

  it("accepts an origin named in PUSH_EXTRA_ORIGINS exactly", () => {
    expect(isPushServiceEndpoint("http://127.0.0.1:8080/push/x", "http://127.0.0.1:8080")).toBe(true);
    expect(isPushServiceEndpoint("http://127.0.0.1:8081/push/x", "http://127.0.0.1:8080")).toBe(false);
  });
});
