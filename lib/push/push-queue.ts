// Sends notifications off the request path: the request that caused one only appends to this
// in-process queue. A few sends run at once; a push service that is busy (429), failing (5xx) or
// unreachable is asked again after a growing pause (its Retry-After when it names one), up to a
// bound; a subscription the service no longer knows (404, 410) is deleted. A restart loses what
// is queued: notifications are a courtesy on top of the chat, which the phone catches up with.
import webPush from "web-push";
import { getDb } from "@/lib/db";
import { getVapidKeys } from "./vapid-keys";

export interface PushTarget {
  subscriptionId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  lastSuccessAt: Date | null;
}

interface Delivery {
  target: PushTarget;
  payload: string;
  attempt: number;
}

export interface PushQueueOptions {
  concurrency: number;
  maxAttempts: number;
  /** The pause before attempt n+1 after attempt n failed in a way worth retrying. */
  backoffMs: (attempt: number) => number;
  /** A Retry-After longer than this is not waited for (the notification would be stale). */
  maxRetryAfterMs: number;
  timeoutMs: number;
  maxQueued: number;
}

const defaults: PushQueueOptions = {
  concurrency: 8,
  maxAttempts: 5,
  backoffMs: (attempt) => 1000 * 4 ** (attempt - 1), // 1 s, 4 s, 16 s, 64 s
  maxRetryAfterMs: 5 * 60_000,
  timeoutMs: 10_000,
  maxQueued: 10_000,
};

/** Notifications live for a day at the push service while the phone is off. */
const TTL_SECONDS = 24 * 60 * 60;
/** Recording every success would be a write per notification; this often is enough for the settings page. */
const RECORD_SUCCESS_EVERY_MS = 10 * 60_000;

interface QueueState {
  options: PushQueueOptions;
  waiting: Delivery[];
  running: number;
  /** Deliveries waiting for their retry pause, and fan-outs still deciding whom to send to. */
  sleeping: number;
  idleWaiters: (() => void)[];
}

const globalForQueue = globalThis as unknown as { chatalogPushQueue?: QueueState };

function state(): QueueState {
  globalForQueue.chatalogPushQueue ??= { options: defaults, waiting: [], running: 0, sleeping: 0, idleWaiters: [] };
  return globalForQueue.chatalogPushQueue;
}

export function enqueuePush(target: PushTarget, payload: string): void {
  const queue = state();
  if (queue.waiting.length >= queue.options.maxQueued) {
    console.warn("Push queue full: dropping the oldest notification");
    queue.waiting.shift();
  }
  queue.waiting.push({ target, payload, attempt: 1 });
  pump();
}

/** Runs `work` (which enqueues) after the current request's work, counted as queued until done:
 * deciding whom to notify reads the database, and the publisher must not wait for that. */
export function queuePushWork(work: () => Promise<void>): void {
  const queue = state();
  queue.sleeping++;
  setImmediate(() => {
    work()
      .catch(logError)
      .finally(() => {
        queue.sleeping--;
        pump();
      });
  });
}

function pump(): void {
  const queue = state();
  while (queue.running < queue.options.concurrency && queue.waiting.length) {
    const delivery = queue.waiting.shift()!;
    queue.running++;
    void deliver(delivery).finally(() => {
      queue.running--;
      pump();
    });
  }
  if (!queue.running && !queue.waiting.length && !queue.sleeping) {
    for (const resolve of queue.idleWaiters.splice(0)) resolve();
  }
}

type Outcome = { kind: "sent" } | { kind: "gone" } | { kind: "retry"; afterMs?: number } | { kind: "failed"; reason: string };

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

async function send({ target, payload }: Delivery): Promise<Outcome> {
  const vapid = getVapidKeys();
  // web-push encrypts (RFC 8291) and signs (VAPID); we send it ourselves with fetch, which pools
  // connections and also reaches the plain-http push service of the tests.
  const request = webPush.generateRequestDetails({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, payload, {
    vapidDetails: vapid,
    TTL: TTL_SECONDS,
    urgency: "high",
  });
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name.toLowerCase() !== "content-length"));
  let response: Response;
  try {
    response = await fetch(request.endpoint, {
      method: request.method,
      headers: headers as Record<string, string>,
      body: request.body ? new Uint8Array(request.body) : null,
      signal: AbortSignal.timeout(state().options.timeoutMs),
    });
    await response.arrayBuffer().catch(() => undefined); // free the connection
  } catch {
    return { kind: "retry" }; // unreachable, reset or timed out
  }
  if (response.ok) return { kind: "sent" };
  if (response.status === 404 || response.status === 410) return { kind: "gone" };
  if (response.status === 429 || response.status >= 500) return { kind: "retry", afterMs: retryAfterMs(response.headers.get("retry-after")) };
  return { kind: "failed", reason: `push service answered ${response.status}` };
}

async function deliver(delivery: Delivery): Promise<void> {
  const { target } = delivery;
  let outcome: Outcome;
  try {
    outcome = await send(delivery);
  } catch (error) {
    outcome = { kind: "failed", reason: String(error) }; // a malformed subscription: nothing to retry
  }
  const db = getDb();
  if (outcome.kind === "sent") {
    const stale = !target.lastSuccessAt || Date.now() - target.lastSuccessAt.getTime() > RECORD_SUCCESS_EVERY_MS;
    if (stale) await db.pushSubscription.updateMany({ where: { id: target.subscriptionId }, data: { lastSuccessAt: new Date() } }).catch(logError);
  } else if (outcome.kind === "gone") {
    await db.pushSubscription.deleteMany({ where: { id: target.subscriptionId, endpoint: target.endpoint } }).catch(logError);
  } else if (outcome.kind === "retry" && delivery.attempt < state().options.maxAttempts) {
    scheduleRetry(delivery, outcome.afterMs);
  } else {
    console.warn(`Push not delivered after ${delivery.attempt} attempt(s): ${outcome.kind === "failed" ? outcome.reason : "push service unavailable"}`);
  }
}

function scheduleRetry(delivery: Delivery, afterMs: number | undefined): void {
  const queue = state();
  if (afterMs !== undefined && afterMs > queue.options.maxRetryAfterMs) {
    console.warn("Push service asks to wait longer than a notification is worth: dropped");
    return;
  }
  const pause = Math.max(afterMs ?? 0, queue.options.backoffMs(delivery.attempt));
  queue.sleeping++;
  const timer = setTimeout(() => {
    queue.sleeping--;
    queue.waiting.push({ ...delivery, attempt: delivery.attempt + 1 });
    pump();
  }, pause);
  timer.unref(); // a stopping server does not wait for retries
}

function logError(error: unknown): void {
  console.error(error);
}

/** Resolves when nothing is queued, sending or waiting to retry (tests and benchmarks). */
export function whenPushQueueIdle(): Promise<void> {
  const queue = state();
  if (!queue.running && !queue.waiting.length && !queue.sleeping) return Promise.resolve();
  return new Promise((resolve) => queue.idleWaiters.push(resolve));
}

/** Only for tests: shorter pauses and the like. */
export function setPushQueueOptionsForTests(options: Partial<PushQueueOptions>): void {
  state().options = { ...defaults, ...options };
}
