import { afterEach, describe, expect, it } from "vitest";
import { subscribe } from "@/lib/realtime/event-bus";
import { forgetViewingTabsForTests, isShowingConversation, reportTabView, VIEWING_REPORT_TTL_MS } from "./viewing-tabs";

afterEach(() => forgetViewingTabsForTests());

let SENT = 1;

describe("which conversation a person is looking at", () => {
  it("counts a visible tab showing the conversation while the person's event stream is open", () => {
    const stop = subscribe("u1", () => {});
    reportTabView("u1", "tab-1", { conversationId: "c1", visible: true, sentAt: SENT++ }, 1000);
    expect(isShowingConversation("u1", "c1", 1000)).toBe(true);
    expect(isShowingConversation("u1", "c2", 1000)).toBe(false);
    reportTabView("u1", "tab-1", { conversationId: "c1", visible: false, sentAt: SENT++ }, 2000);
    expect(isShowingConversation("u1", "c1", 2000)).toBe(false);
    stop();
  });

  it("forgets a report that was not repeated in time, and every report once the stream is gone", () => {
    const stop = subscribe("u2", () => {});
    reportTabView("u2", "tab-1", { conversationId: "c1", visible: true, sentAt: SENT++ }, 0);
    expect(isShowingConversation("u2", "c1", VIEWING_REPORT_TTL_MS + 1)).toBe(false);
    reportTabView("u2", "tab-1", { conversationId: "c1", visible: true, sentAt: SENT++ }, 0);
    stop();
    expect(isShowingConversation("u2", "c1", 0)).toBe(false);
  });

  it("keeps the later of two reports that arrive out of order (leaving one chat for another)", () => {
    const stop = subscribe("u4", () => {});
    reportTabView("u4", "tab-1", { conversationId: "c2", visible: true, sentAt: 20 }, 0);
    reportTabView("u4", "tab-1", { conversationId: null, visible: true, sentAt: 19 }, 0);
    expect(isShowingConversation("u4", "c2", 0)).toBe(true);
    stop();
  });

  it("any one of several tabs is enough", () => {
    const stop = subscribe("u3", () => {});
    reportTabView("u3", "tab-1", { conversationId: null, visible: true, sentAt: SENT++ }, 0);
    reportTabView("u3", "tab-2", { conversationId: "c1", visible: true, sentAt: SENT++ }, 0);
    expect(isShowingConversation("u3", "c1", 0)).toBe(true);
    stop();
  });
});
