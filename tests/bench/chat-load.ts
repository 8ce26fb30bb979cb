// The measurements, run the same way against the app and against the baseline:
//   1. at a steady rate (open loop: sends follow the clock, never wait for earlier answers, so a
//      slow server cannot hide its queue from the numbers), with every stream a tab doing what
//      the browser does on each event (tabs.ts): post-to-delivered (the event's bytes reach the
//      owner) and post-to-visible (a tab showing the conversation has what it needs to draw the
//      message), and the requests the tabs made per message;
//   2. sustained throughput with a fixed number of POSTs in flight (closed loop; the tabs only
//      receive, so the figure stays comparable with earlier runs);
//   3. memory right after the load and after the tabs sat idle for a while;
//   4. memory with many idle event streams.
// Alongside, every event delivered to every connected client is checked: each message must
// reach its buyer and every member exactly once, and nobody else.
import { randomBytes } from "node:crypto";
import http from "node:http";
import { performance } from "node:perf_hooks";
import { summarize, type LatencySummary } from "./percentiles";
import { cpuMs, rssMb, socketCount } from "./proc";
import type { RunningServer } from "./servers";
import type { BenchBuyer, BenchPopulation } from "./setup-bench-data";
import { openMany, type MessagePosted, type SseClient } from "./sse-client";
import { TabDriver, type TabPlan } from "./tabs";

export interface LoadOptions {
  rate: number;
  seconds: number;
  senders: number;
  throughputSeconds: number;
  concurrency: number;
  idle: number;
  /** Members whose tab is on the chats list (the owner first); the others show a conversation. */
  listTabs: number;
  /** Seconds the tabs sit idle after the load before memory is read again. */
  idleWaitSeconds: number;
}

export interface PostError {
  phase: string;
  status: number | string;
  body: string;
}

export interface TargetResult {
  latency: LatencySummary;
  /** Owner-side latency is the headline; this one counts every recipient's copy. */
  allRecipientsLatency: LatencySummary;
  steadyPosted: number;
  throughputAccepted: number;
  msgsPerS: number;
  /** Server CPU time per accepted message while posting flat out: tells work from waiting. */
  cpuMsPerMessage: number;
  /** Share of one core the server used while posting flat out (100 = one core saturated). */
  cpuBusyPercent: number;
  rssMbStart: number;
  rssMbAfterLoad: number;
  rssMb1000Idle: number;
  /** RSS `idleWaitSeconds` after the load stopped, the tabs still connected. */
  rssMbIdleAfterWait: number;
  idleConnections: number;
  /** Post-to-visible: POST sent until a tab showing the conversation (not the author's) can draw it. */
  visible: LatencySummary;
  /** Server CPU per message at the steady rate, the tabs' requests included: what a message costs. */
  steadyCpuMsPerMessage: number;
  /** Share of one core the server used over the steady phase and the tabs' work after it. */
  steadyCpuBusyPercent: number;
  tabs: number;
  /** Follow-up GETs per message per tab showing its conversation (the author's included). */
  tabRequestsPerMessage: number;
  /** Receipt POSTs per message per tab that received it from someone else. */
  receiptPostsPerMessage: number;
  /** Receipt POSTs per message, all tabs together. */
  receiptPostsPerMessageAllTabs: number;
  /** Chats-list refreshes (GET /chats) per message, all list tabs together. */
  listRefreshesPerMessage: number;
  listTabs: number;
  /** Share of message.posted events that carried the message itself (1: no fetch needed). */
  eventsWithMessageShare: number;
  /** Tab-visible copies that never became visible, and tab requests that failed. */
  missingVisible: number;
  tabFailures: string[];
  /** Deliveries that should have happened (buyer and every member, per message) and did not. */
  missingDeliveries: number;
  duplicateDeliveries: number;
  /** Events that reached a buyer about someone else's conversation. */
  foreignDeliveries: number;
  /** Server sockets still open after every client closed (beyond those of a fresh server). */
  socketsLeftOpen: number;
  postErrors: PostError[];
  /** Streams the server refused or ended while they were meant to stay open. */
  streamErrors: number;
}

interface PostResult {
  status: number | string;
  id?: string;
  sentAt: number;
  body: string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** POSTs one message; resolves with the status (or the network error's code) and the message id.
 * A kept-alive socket the server closed just as the request left (its keep-alive timeout) resets:
 * like a browser, the POST is sent again once on a fresh socket (the client id makes a repeat the
 * same message); the clock keeps the first attempt's start. */
function postMessage(agent: http.Agent, baseUrl: string, sender: BenchBuyer, clientId: string, text: string, firstSentAt?: number): Promise<PostResult> {
  const payload = JSON.stringify({ clientId, body: text });
  return new Promise((resolve) => {
    const request = http.request(
      new URL(`/api/conversations/${sender.conversationId}/messages`, baseUrl),
      { method: "POST", agent, headers: { Cookie: sender.cookie, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) } },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => {
          let id: string | undefined;
          if (response.statusCode === 201) {
            const parsed: unknown = JSON.parse(body);
            if (typeof parsed === "object" && parsed !== null && "id" in parsed && typeof parsed.id === "string") id = parsed.id;
          }
          resolve({ status: response.statusCode ?? 0, id, sentAt, body });
        });
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (request.reusedSocket && error.code === "ECONNRESET" && firstSentAt === undefined) resolve(postMessage(agent, baseUrl, sender, clientId, text, sentAt));
      else resolve({ status: error.code ?? error.message, sentAt, body: "" });
    });
    // The latency clock starts just before the request leaves.
    const sentAt = firstSentAt ?? performance.now();
    request.end(payload);
  });
}

/** Who got which event: the bookkeeping for latency and for the delivery checks. */
class DeliveryLog {
  /** messageId → arrival time, per connected user. */
  readonly arrivals = new Map<string, Map<string, number>>();
  received = 0;
  duplicates = 0;
  foreign = 0;

  constructor(private readonly population: BenchPopulation) {}

  record(userId: string, buyerConversation: string | undefined, event: MessagePosted, arrivedAt: number): void {
    if (buyerConversation !== undefined && event.conversationId !== buyerConversation) this.foreign++;
    let seen = this.arrivals.get(userId);
    if (!seen) this.arrivals.set(userId, (seen = new Map()));
    if (seen.has(event.messageId)) {
      this.duplicates++;
      return;
    }
    seen.set(event.messageId, arrivedAt);
    this.received++;
  }

  /** Recipients of a message from `sender`: the buyer themselves and every member. */
  audience(sender: BenchBuyer): string[] {
    return [sender.id, ...this.population.members.map((member) => member.id)];
  }

  arrival(userId: string, messageId: string): number | undefined {
    return this.arrivals.get(userId)?.get(messageId);
  }
}

let clientCounter = 0;
const runTag = randomBytes(4).toString("hex");
const nextClientId = () => `bench-${runTag}-${(clientCounter++).toString(36)}`;

export async function measureTarget(server: RunningServer, population: BenchPopulation, options: LoadOptions, log: (line: string) => void): Promise<TargetResult> {
  const postErrors: PostError[] = [];
  let streamErrors = 0;
  const streamBroke = (error: Error) => {
    if (streamErrors++ < 5) log(`  stream error: ${error.message}`);
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: Math.max(64, options.concurrency * 2) });
  const senders = population.buyers.slice(0, options.senders);
  const deliveries = new DeliveryLog(population);
  /** Accepted steady-phase messages: latency and delivery checks. */
  const posted: Array<{ sender: BenchBuyer; id: string; sentAt: number }> = [];
  /** Accepted throughput-phase messages: delivery checks only. */
  const checkedOnly: Array<{ sender: BenchBuyer; id: string }> = [];
  /** Warm-up messages: waited for (the tabs handle them too) before the steady phase starts. */
  const warmUp: Array<{ sender: BenchBuyer; id: string }> = [];
  const socketsAtStart = socketCount(server.pid);
  const driver = new TabDriver(server.url, planTabs(population, options));
  const rssMbStart = rssMb(server.pid);

  const send = async (phase: string, sender: BenchBuyer, index: number, keep: boolean): Promise<boolean> => {
    const result = await postMessage(agent, server.url, sender, nextClientId(), `Bench message ${index}: is the mustard kurti back in stock?`);
    if (result.status === 201 && result.id) {
      if (keep) posted.push({ sender, id: result.id, sentAt: result.sentAt });
      else if (phase === "throughput") checkedOnly.push({ sender, id: result.id });
      else warmUp.push({ sender, id: result.id });
      return true;
    }
    postErrors.push({ phase, status: result.status, body: result.body.slice(0, 300) });
    if (postErrors.length >= 50) throw new Error(`50 POSTs failed; first: ${JSON.stringify(postErrors[0])}`);
    return false;
  };

  // Every user of the business holds one stream, as their phone would.
  const streams: SseClient[] = await openMany(driver.tabs.length, (index) => {
    const tab = driver.tabs[index];
    if (!tab) throw new Error(`no tab ${index}`);
    const user = tab.plan.user;
    const conversationId = "conversationId" in user && typeof user.conversationId === "string" ? user.conversationId : undefined;
    return {
      url: `${server.url}/api/events`,
      cookie: user.cookie,
      onMessagePosted: (event, arrivedAt) => {
        deliveries.record(user.id, conversationId, event, arrivedAt);
        driver.onMessagePosted(tab, event, arrivedAt);
      },
      onError: streamBroke,
    };
  });
  try {
    // Warm-up, not measured: the first requests load route code, JIT-compile, fill caches.
    for (let i = 0; i < 40; i++) {
      const sender = senders[i % senders.length];
      if (sender && !(await send("warm-up", sender, i, false))) {
        const first = postErrors[0];
        throw new Error(`warm-up POST failed (${first?.status}): ${first?.body}${first?.status === 404 ? "\n(is the build current? npm run build)" : ""}`);
      }
    }

    await waitForDeliveries(warmUp, deliveries);
    if (!(await driver.settled())) log("  warning: tabs still busy after the warm-up");
    driver.resetCounters();

    // 1. Steady rate, open loop: message i leaves at start + i/rate, from sender i mod M.
    const total = Math.round(options.rate * options.seconds);
    const steadyCpuAtStart = cpuMs(server.pid);
    const started = performance.now();
    const inFlight: Array<Promise<boolean>> = [];
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / options.rate;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      const sender = senders[i % senders.length];
      if (sender) inFlight.push(send("steady", sender, i, true));
    }
    await Promise.all(inFlight);
    const steadyPosted = posted.length;
    await waitForDeliveries(posted, deliveries);
    const ownerLatencies: number[] = [];
    const allLatencies: number[] = [];
    for (const message of posted) {
      for (const userId of deliveries.audience(message.sender)) {
        const arrivedAt = deliveries.arrival(userId, message.id);
        if (arrivedAt === undefined) continue; // counted as missing below
        allLatencies.push(arrivedAt - message.sentAt);
        if (userId === population.owner.id) ownerLatencies.push(arrivedAt - message.sentAt);
      }
    }
    log(`  steady: ${steadyPosted} messages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // Post-to-visible, in every tab showing the conversation except the author's own.
    const isVisibleEverywhere = () => posted.every((m) => driver.viewersOf(m.sender.conversationId).every((tab) => tab.plan.user.id === m.sender.id || tab.visibleAt.has(m.id)));
    for (let waited = 0; waited < 5_000 && !isVisibleEverywhere(); waited += 100) await sleep(100);
    if (!(await driver.settled())) log("  warning: tabs still busy 10 s after the steady phase");
    const steadyMs = performance.now() - started;
    const steadyCpu = cpuMs(server.pid) - steadyCpuAtStart;
    const visibleLatencies: number[] = [];
    let missingVisible = 0;
    let openTabCopies = 0;
    let receivingTabCopies = 0;
    for (const message of posted) {
      receivingTabCopies += deliveries.audience(message.sender).filter((userId) => userId !== message.sender.id).length;
      for (const tab of driver.viewersOf(message.sender.conversationId)) {
        openTabCopies++;
        if (tab.plan.user.id === message.sender.id) continue; // the author saw it when it was sent
        const visibleAt = tab.visibleAt.get(message.id);
        if (visibleAt === undefined) missingVisible++;
        else visibleLatencies.push(visibleAt - message.sentAt);
      }
    }
    const tabCounts = driver.counters;
    const events = tabCounts.eventsWithMessage + tabCounts.eventsWithoutMessage;
    driver.active = false;

    // 2. Throughput, closed loop: `concurrency` workers each post again as soon as an answer comes.
    let accepted = 0;
    const cpuAtStart = cpuMs(server.pid);
    const throughputStart = performance.now();
    const deadline = throughputStart + options.throughputSeconds * 1000;
    let index = 0;
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (performance.now() < deadline) {
          const n = index++;
          const sender = senders[n % senders.length];
          if (sender && (await send("throughput", sender, n, false))) accepted++;
        }
      }),
    );
    const throughputMs = performance.now() - throughputStart;
    const cpuUsed = cpuMs(server.pid) - cpuAtStart;
    const msgsPerS = accepted / (throughputMs / 1000);
    log(`  throughput: ${accepted} messages accepted, ${msgsPerS.toFixed(0)}/s`);
    await waitForDeliveries(checkedOnly, deliveries);
    const missingDeliveries = countMissing(posted, deliveries) + countMissing(checkedOnly, deliveries);
    await sleep(1_000);
    const rssMbAfterLoad = rssMb(server.pid);
    // The tabs stay open and quiet, as phones do after a busy hour: does the memory come back?
    if (options.idleWaitSeconds > 1) {
      log(`  waiting ${options.idleWaitSeconds} s with the tabs idle...`);
      await sleep((options.idleWaitSeconds - 1) * 1000);
    }
    const rssMbIdleAfterWait = rssMb(server.pid);

    // 3. Idle streams: the business's streams close; `idle` streams open across the same users.
    streams.splice(0).forEach((stream) => stream.close());
    agent.destroy();
    const idleStreams = await openMany(options.idle, (i) => {
      const user = population.everyone[i % population.everyone.length];
      if (!user) throw new Error(`no user ${i}`);
      return { url: `${server.url}/api/events`, cookie: user.cookie, onError: streamBroke };
    });
    streams.push(...idleStreams);
    await sleep(3_000);
    const rssMb1000Idle = rssMb(server.pid);
    log(`  ${idleStreams.length} idle streams: ${rssMb1000Idle.toFixed(0)} MB RSS`);
    streams.splice(0).forEach((stream) => stream.close());
    await sleep(2_000);
    const socketsLeftOpen = Math.max(0, socketCount(server.pid) - socketsAtStart);

    return {
      latency: summarize(ownerLatencies),
      allRecipientsLatency: summarize(allLatencies),
      steadyPosted,
      throughputAccepted: accepted,
      msgsPerS,
      cpuMsPerMessage: cpuUsed / accepted,
      cpuBusyPercent: (100 * cpuUsed) / throughputMs,
      rssMbStart,
      rssMbAfterLoad,
      rssMb1000Idle,
      rssMbIdleAfterWait,
      idleConnections: idleStreams.length,
      visible: summarize(visibleLatencies),
      steadyCpuMsPerMessage: steadyCpu / steadyPosted,
      steadyCpuBusyPercent: (100 * steadyCpu) / steadyMs,
      tabs: driver.tabs.length,
      tabRequestsPerMessage: tabCounts.catchUpGets / openTabCopies,
      receiptPostsPerMessage: tabCounts.receiptPosts / receivingTabCopies,
      receiptPostsPerMessageAllTabs: tabCounts.receiptPosts / steadyPosted,
      listRefreshesPerMessage: tabCounts.listRefreshes / steadyPosted,
      listTabs: driver.tabs.filter((tab) => tab.plan.openConversationId === null).length,
      eventsWithMessageShare: events ? tabCounts.eventsWithMessage / events : Number.NaN,
      missingVisible,
      tabFailures: driver.failures,
      missingDeliveries,
      duplicateDeliveries: deliveries.duplicates,
      foreignDeliveries: deliveries.foreign,
      socketsLeftOpen,
      postErrors,
      streamErrors,
    };
  } finally {
    streams.forEach((stream) => stream.close());
    agent.destroy();
    driver.close();
  }
}

/** One tab per user. Buyers show their own conversation; members are on the chats list (the first
 * `listTabs`, owner first) or show one of the senders' conversations, spread evenly. */
function planTabs(population: BenchPopulation, options: LoadOptions): TabPlan[] {
  const senders = population.buyers.slice(0, options.senders);
  const members = population.members.map((user, index): TabPlan => {
    if (index < options.listTabs) return { user, openConversationId: null };
    const shown = senders[(index - options.listTabs) % senders.length];
    return { user, openConversationId: shown?.conversationId ?? null };
  });
  return [...members, ...population.buyers.map((user): TabPlan => ({ user, openConversationId: user.conversationId }))];
}

type Accepted = ReadonlyArray<{ sender: BenchBuyer; id: string }>;

function countMissing(messages: Accepted, deliveries: DeliveryLog): number {
  let missing = 0;
  for (const message of messages) for (const userId of deliveries.audience(message.sender)) if (deliveries.arrival(userId, message.id) === undefined) missing++;
  return missing;
}

/** Gives late events up to 5 s; a healthy server has delivered them all long before. */
async function waitForDeliveries(messages: Accepted, deliveries: DeliveryLog): Promise<void> {
  for (let waited = 0; waited < 5_000 && countMissing(messages, deliveries) > 0; waited += 100) await sleep(100);
}
