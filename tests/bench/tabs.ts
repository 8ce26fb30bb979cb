// The browser's work on each live event, done by N simulated tabs, so the chat bench can measure
// what a person sees (post-to-visible) and what every open tab costs the server. Each tab holds
// the event stream (chat-load.ts opens it) and, on `message.posted`, does what the browser code
// does, request for request:
//   - LiveUpdates.tsx + receipts-client.ts: a tab whose user is not the author POSTs a delivered
//     receipt, at most one in flight per conversation, later seqs waiting and going together;
//   - use-timeline.ts: a tab showing that conversation draws the message at once when the event
//     carries it (`message`), else fetches `?afterSeq=<newest seq it has>` (one fetch in flight per
//     conversation, run once more after when events came meanwhile) and draws on the answer;
//   - LiveUpdates.tsx on the chats list: without the list row in the event (`row`), the page is
//     refreshed 50 ms after the first event of a burst (router.refresh(): a GET of /chats asking
//     for the RSC payload, as the router does). A tab on a conversation page does not refresh.
// Read receipts (messages on screen) are not modelled: a headless tab has no screen.
import http from "node:http";
import { performance } from "node:perf_hooks";
import type { BenchUser } from "./setup-bench-data";
import { isRenderableMessage, type MessagePosted } from "./sse-client";

export interface TabPlan {
  user: BenchUser;
  /** The conversation this tab shows; null for a tab on the chats list. */
  openConversationId: string | null;
}

export interface TabCounters {
  /** Follow-up GETs of messages by tabs showing a conversation (use-timeline's catch-up). */
  catchUpGets: number;
  receiptPosts: number;
  /** router.refresh() of the chats list: GETs of /chats by list tabs. */
  listRefreshes: number;
  eventsWithMessage: number;
  eventsWithoutMessage: number;
}

interface ReceiptState {
  wanted: number;
  sent: number;
  inFlight: boolean;
}

export interface Tab {
  readonly plan: TabPlan;
  readonly agent: http.Agent;
  newestSeq: number;
  catchingUp: Promise<void> | null;
  again: boolean;
  /** When each message of the open conversation could be drawn here (performance.now()). */
  readonly visibleAt: Map<string, number>;
  readonly receipts: Map<string, ReceiptState>;
  refreshTimer: ReturnType<typeof setTimeout> | null;
}

interface Answer {
  status: number;
  location?: string;
  body: string;
  /** When the whole answer had arrived (performance.now()). */
  receivedAt: number;
}

/** A page of the messages API, as far as a tab needs it. */
interface MessagesPage {
  messages: Array<{ id: string; seq: number }>;
}

function parseMessagesPage(body: string): MessagesPage | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || !("messages" in parsed) || !Array.isArray(parsed.messages)) return null;
  const messages: unknown[] = parsed.messages;
  return messages.every(isRenderableMessage) ? { messages: messages.map((m) => ({ id: m.id, seq: m.seq })) } : null;
}

const PAGE_SIZE = 50;
const MAX_PAGES = 20;
const REFRESH_DELAY_MS = 50;
/** A browser opens up to 6 connections per origin; the event stream holds one of them. */
const SOCKETS_PER_TAB = 5;

export class TabDriver {
  readonly tabs: Tab[];
  /** Off while the bench measures raw posting throughput: tabs then only receive. */
  active = true;
  counters: TabCounters = TabDriver.zero();
  readonly failures: string[] = [];
  private inFlight = 0;
  private refreshPath = "/chats";
  private readonly byConversation = new Map<string, Tab[]>();

  constructor(
    private readonly baseUrl: string,
    plans: readonly TabPlan[],
  ) {
    this.tabs = plans.map((plan) => ({
      plan,
      agent: new http.Agent({ keepAlive: true, maxSockets: SOCKETS_PER_TAB }),
      newestSeq: 0,
      catchingUp: null,
      again: false,
      visibleAt: new Map(),
      receipts: new Map(),
      refreshTimer: null,
    }));
    for (const tab of this.tabs) {
      const open = tab.plan.openConversationId;
      if (open === null) continue;
      const list = this.byConversation.get(open) ?? [];
      list.push(tab);
      this.byConversation.set(open, list);
    }
  }

  private static zero(): TabCounters {
    return { catchUpGets: 0, receiptPosts: 0, listRefreshes: 0, eventsWithMessage: 0, eventsWithoutMessage: 0 };
  }

  resetCounters(): void {
    this.counters = TabDriver.zero();
  }

  /** Tabs showing `conversationId`. */
  viewersOf(conversationId: string): readonly Tab[] {
    return this.byConversation.get(conversationId) ?? [];
  }

  /** What the tab does with one `message.posted` event that arrived at `arrivedAt`. */
  onMessagePosted(tab: Tab, event: MessagePosted, arrivedAt: number): void {
    if (!this.active) return;
    if (event.message) this.counters.eventsWithMessage++;
    else this.counters.eventsWithoutMessage++;
    // LiveUpdates: every event from someone else is acknowledged as delivered.
    if (event.authorId !== tab.plan.user.id) this.postReceipt(tab, event.conversationId, event.seq);
    const open = tab.plan.openConversationId;
    if (open === null) {
      if (!event.row) this.refreshSoon(tab);
      return;
    }
    if (event.conversationId !== open) return;
    if (event.message) {
      if (!tab.visibleAt.has(event.messageId)) tab.visibleAt.set(event.messageId, arrivedAt);
      // A gap before this message (a lost event): fetch what is missing, from the newest seq held.
      if (event.seq > tab.newestSeq + 1) void this.catchUp(tab);
      tab.newestSeq = Math.max(tab.newestSeq, event.seq);
      return;
    }
    if (event.seq > tab.newestSeq) void this.catchUp(tab);
  }

  /** use-timeline.ts catchUp: one fetch in flight; calls meanwhile make it run once more after. */
  private catchUp(tab: Tab): Promise<void> {
    if (tab.catchingUp) {
      tab.again = true;
      return tab.catchingUp;
    }
    const conversationId = tab.plan.openConversationId;
    if (conversationId === null) return Promise.resolve();
    tab.catchingUp = (async () => {
      try {
        do {
          tab.again = false;
          for (let pages = 0; pages < MAX_PAGES; pages++) {
            const path = `/api/conversations/${conversationId}/messages?afterSeq=${tab.newestSeq}`;
            this.counters.catchUpGets++;
            const answer = await this.request(tab, "GET", path);
            const page = answer.status === 200 ? parseMessagesPage(answer.body) : null;
            if (!page) {
              this.fail(`GET ${path} answered ${answer.status}: ${answer.body.slice(0, 200)}`);
              return;
            }
            if (!page.messages.length) break;
            tab.newestSeq = Math.max(tab.newestSeq, page.messages.at(-1)?.seq ?? 0);
            for (const message of page.messages) if (!tab.visibleAt.has(message.id)) tab.visibleAt.set(message.id, answer.receivedAt);
            if (page.messages.length < PAGE_SIZE) break;
          }
        } while (tab.again);
      } finally {
        tab.catchingUp = null;
      }
    })();
    return tab.catchingUp;
  }

  /** receipts-client.ts postReceipts + flush, with this tab's own module state. */
  private postReceipt(tab: Tab, conversationId: string, deliveredSeq: number): void {
    const state = tab.receipts.get(conversationId) ?? { wanted: 0, sent: 0, inFlight: false };
    state.wanted = Math.max(state.wanted, deliveredSeq);
    tab.receipts.set(conversationId, state);
    void this.flushReceipts(tab, conversationId, state);
  }

  private async flushReceipts(tab: Tab, conversationId: string, state: ReceiptState): Promise<void> {
    if (state.inFlight || state.wanted <= state.sent) return;
    state.inFlight = true;
    const wanted = state.wanted;
    try {
      this.counters.receiptPosts++;
      const answer = await this.request(tab, "POST", `/api/conversations/${conversationId}/receipts`, { deliveredSeq: wanted });
      if (answer.status === 200) state.sent = wanted;
      else this.fail(`POST receipts answered ${answer.status}: ${answer.body.slice(0, 200)}`);
    } finally {
      state.inFlight = false;
    }
    if (state.wanted > wanted) void this.flushReceipts(tab, conversationId, state);
  }

  /** LiveUpdates refreshSoon: several events in a burst cause one refresh. */
  private refreshSoon(tab: Tab): void {
    if (tab.refreshTimer) return;
    this.inFlight++;
    tab.refreshTimer = setTimeout(() => {
      tab.refreshTimer = null;
      this.inFlight--;
      this.counters.listRefreshes++;
      // router.refresh() fetches the page's RSC payload; an older refresh still running is not awaited.
      void this.refreshList(tab);
    }, REFRESH_DELAY_MS);
  }

  /** The RSC payload of /chats. Next redirects a request without its `_rsc` cache-buster to the
   * address with it (the router computes it from its headers); the first answer tells it. The
   * router also sends its state tree so unchanged layouts are skipped: we do not, so the whole
   * tree is rendered (its root layout is a few elements: a small overestimate). */
  private async refreshList(tab: Tab): Promise<void> {
    let answer = await this.request(tab, "GET", this.refreshPath, undefined, { RSC: "1" });
    const location = answer.status === 307 || answer.status === 308 ? answer.location : undefined;
    if (location?.includes("_rsc")) {
      this.refreshPath = location;
      answer = await this.request(tab, "GET", location, undefined, { RSC: "1" });
    }
    if (answer.status !== 200) this.fail(`GET ${this.refreshPath} (list refresh) answered ${answer.status}`);
  }

  private fail(what: string): void {
    this.failures.push(what);
  }

  /** One request on the tab's connections. A reset on a reused keep-alive socket (the server's
   * keep-alive timeout raced the request) is sent again once, as browsers do. */
  private request(tab: Tab, method: "GET" | "POST", path: string, json?: unknown, extraHeaders: Record<string, string> = {}, retry = true): Promise<Answer> {
    const payload = json === undefined ? undefined : JSON.stringify(json);
    const headers: Record<string, string | number> = { Cookie: tab.plan.user.cookie, ...extraHeaders };
    if (payload !== undefined) Object.assign(headers, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) });
    this.inFlight++;
    return new Promise<Answer>((resolve) => {
      const request = http.request(new URL(path, this.baseUrl), { method, agent: tab.agent, headers }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, location: response.headers.location, body, receivedAt: performance.now() }));
        response.on("error", (error) => resolve({ status: 0, body: error.message, receivedAt: performance.now() }));
      });
      request.on("error", (error: NodeJS.ErrnoException) => {
        if (retry && request.reusedSocket && error.code === "ECONNRESET") resolve(this.request(tab, method, path, json, extraHeaders, false));
        else resolve({ status: 0, body: error.message, receivedAt: performance.now() });
      });
      request.end(payload);
    }).finally(() => this.inFlight--);
  }

  /** Waits until no tab has a request in flight or a refresh pending (at most `timeoutMs`). */
  async settled(timeoutMs = 10_000): Promise<boolean> {
    for (let waited = 0; waited < timeoutMs; waited += 50) {
      if (this.inFlight === 0) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.inFlight === 0;
  }

  close(): void {
    for (const tab of this.tabs) {
      if (tab.refreshTimer) clearTimeout(tab.refreshTimer);
      tab.agent.destroy();
    }
  }
}
