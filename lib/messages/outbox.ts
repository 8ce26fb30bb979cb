// The outbox (browser side): messages typed but not yet confirmed by the server. Each gets its
// id here, shows at once, and is sent with retries: 1 s, 2 s, 4 s ... up to 30 s apart, and at
// once when the phone comes back online. Every retry carries the same id, so the server stores
// the message once however many copies arrive. A message the server refuses (too long, no
// access) fails at once with the server's reason; one that says "too fast" (429) waits as long
// as it is told, as often as it is told, and is never given up. No React here, so it is
// unit-tested directly.
//
// A pick made offline waits here too (PickSheet hands it over when the phone has no network): its
// `body` is the line the chat shows ("Pick D-0001 · Red · 2 sets"), `pick` what the picks API takes,
// and its clientId the one the pick sheet already used, so a first try that did reach the server
// is not a second pick.
import { clientNotice } from "@/lib/i18n/client-notices";
export type OutboxStatus = "sending" | "waiting" | "sent" | "failed";

/** What the picks API takes besides the clientId (lib/picks/create-pick.ts checks it again). */
export type PickRequest = Record<string, unknown> & { designId: string };

/** A photo sent with a message (a quick reply's): its id for the API, its thumbnail for the pending bubble. */
export interface OutboxPhoto {
  id: string;
  thumb: string | null;
}

export interface OutboxItem {
  clientId: string;
  body: string;
  parentId?: string;
  pick?: PickRequest;
  photos?: OutboxPhoto[];
  status: OutboxStatus;
  error?: string;
}

/** `afterMs`: the server asked to wait that long (429 with Retry-After); such a wait is not a failure. */
export type PostOutcome = { kind: "sent" } | { kind: "refused"; message: string } | { kind: "retry"; afterMs?: number };

/** Where unsent messages survive a closed tab or a phone that killed the browser. */
export interface OutboxStore {
  load(): OutboxItem[];
  save(items: OutboxItem[]): void;
}
export type PostMessage = (item: OutboxItem) => Promise<PostOutcome>;

const MAX_ATTEMPTS = 8;
export const backoffMs = (failures: number) => Math.min(30_000, 1000 * 2 ** (failures - 1));

/** Answers worth sending again, the same request later: no answer at all (0), a timeout, "too
 * fast", a busy or broken server. Anything else is a definite no. Shared by the outbox, the
 * photo uploads and the posts on their way. */
export function isRetryableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

export function newClientId(): string {
  return crypto.randomUUID().replaceAll("-", "");
}

/** Posts one copy to the messages API and sorts the answer into sent, refused or retry. */
export function httpPoster(conversationId: string): PostMessage {
  return async (item) => {
    try {
      const request = item.pick
        ? { url: `/api/conversations/${conversationId}/picks`, json: { ...item.pick, clientId: item.clientId } }
        : { url: `/api/conversations/${conversationId}/messages`, json: { clientId: item.clientId, body: item.body, parentId: item.parentId, photoIds: item.photos?.map((photo) => photo.id) } };
      const response = await fetch(request.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request.json) });
      if (response.ok) return { kind: "sent" };
      // Posting too fast (a long queue after a day offline): wait as long as the server says.
      if (response.status === 429) return { kind: "retry", afterMs: Math.max(1, Number(response.headers.get("retry-after")) || 5) * 1000 };
      // A busy or broken server may work later; anything else is a definite no.
      if (isRetryableStatus(response.status)) return { kind: "retry" };
      const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      return { kind: "refused", message: payload?.error?.message ?? clientNotice("messageRefused") };
    } catch {
      return { kind: "retry" }; // offline, or the connection dropped mid-way
    }
  };
}

export class Outbox {
  #items: OutboxItem[] = [];
  #failures = new Map<string, number>();
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #post: PostMessage;
  readonly #onChange: (items: OutboxItem[]) => void;
  readonly #onSent: (item: OutboxItem) => void;
  readonly #store: OutboxStore | undefined;

  constructor(options: { post: PostMessage; onChange: (items: OutboxItem[]) => void; onSent: (item: OutboxItem) => void; store?: OutboxStore }) {
    this.#post = options.post;
    this.#onChange = options.onChange;
    this.#onSent = options.onSent;
    this.#store = options.store;
  }

  /** Sends again what an earlier visit left unsent (same ids: the server stores each once). */
  resume(): void {
    const saved = (this.#store?.load() ?? []).filter((item) => item.status !== "sent" && !this.#items.some((known) => known.clientId === item.clientId));
    if (!saved.length) return;
    this.#items = [...saved.map((item) => ({ ...item, status: "waiting" as const })), ...this.#items];
    this.#changed();
    for (const item of saved) void this.#attempt(item.clientId);
  }

  send(body: string, parentId?: string, photos?: OutboxPhoto[]): OutboxItem {
    return this.#add({ clientId: newClientId(), body, parentId, ...(photos?.length ? { photos } : {}), status: "sending" });
  }

  /** A pick the sheet could not send (no network): `label` is what the chat shows meanwhile. */
  sendPick(clientId: string, label: string, pick: PickRequest): OutboxItem {
    if (this.holds(clientId)) return this.#items.find((item) => item.clientId === clientId)!;
    return this.#add({ clientId, body: label, pick, status: "sending" });
  }

  #add(item: OutboxItem): OutboxItem {
    this.#items = [...this.#items, item];
    this.#changed();
    void this.#attempt(item.clientId);
    return item;
  }

  /** Tries a failed message again (the same id: never a second copy). */
  retry(clientId: string): void {
    this.#failures.set(clientId, 0);
    void this.#attempt(clientId);
  }

  /** The network is back: send what is waiting now instead of at its next backoff. */
  flushWaiting(): void {
    for (const item of this.#items) if (item.status === "waiting") void this.#attempt(item.clientId);
  }

  /** Whether a message is still here (not yet forgotten as shown). */
  holds(clientId: string): boolean {
    return this.#items.some((item) => item.clientId === clientId);
  }

  /** Forgets messages the server now shows. */
  forget(clientIds: Set<string>): void {
    if (!this.#items.some((item) => clientIds.has(item.clientId))) return;
    this.#items = this.#items.filter((item) => !clientIds.has(item.clientId));
    this.#changed();
  }

  #changed(): void {
    this.#onChange(this.#items);
    this.#store?.save(this.#items.filter((item) => item.status !== "sent"));
  }

  dispose(): void {
    this.#timers.forEach(clearTimeout);
    this.#timers.clear();
  }

  #set(clientId: string, patch: Partial<OutboxItem>): OutboxItem | undefined {
    this.#items = this.#items.map((item) => (item.clientId === clientId ? { ...item, ...patch } : item));
    this.#changed();
    return this.#items.find((item) => item.clientId === clientId);
  }

  async #attempt(clientId: string): Promise<void> {
    clearTimeout(this.#timers.get(clientId));
    const item = this.#set(clientId, { status: "sending", error: undefined });
    if (!item) return;
    const outcome = await this.#post(item);
    if (outcome.kind === "sent") {
      this.#onSent(this.#set(clientId, { status: "sent" }) ?? item);
      return;
    }
    if (outcome.kind === "refused") {
      this.#set(clientId, { status: "failed", error: outcome.message });
      return;
    }
    if (outcome.afterMs !== undefined) {
      // The server took nothing and asked for a pause: keep the message, however long it takes.
      this.#set(clientId, { status: "waiting" });
      this.#timers.set(clientId, setTimeout(() => void this.#attempt(clientId), outcome.afterMs));
      return;
    }
    const failures = (this.#failures.get(clientId) ?? 0) + 1;
    this.#failures.set(clientId, failures);
    if (failures >= MAX_ATTEMPTS) {
      this.#set(clientId, { status: "failed", error: clientNotice("messageNotSent") });
      return;
    }
    this.#set(clientId, { status: "waiting" });
    this.#timers.set(clientId, setTimeout(() => void this.#attempt(clientId), backoffMs(failures)));
  }
}
