// The in-process event bus: services publish domain events to the users they concern; the event
// streams (lib/realtime/event-stream.ts) send each user's events to their open tabs. One Node
// process serves the embedded default, so a process-wide bus on globalThis reaches every
// connection. Several instances on PostgreSQL add a relay (postgres-relay.ts, LISTEN/NOTIFY)
// that carries each event to the other instances, which deliver it to their own connections.
import type { OrderSummary, SharedMessageView } from "@/lib/messages/message-view";

/** The conversation's line in the chats list after a message: enough to move it to the top. */
export interface ConversationRowUpdate {
  preview: string | null;
  lastMessageAt: string;
  lastSeq: number;
}

/** What a message event carries so an open tab can draw it without asking the server again
 * (absent on replays after a reconnect and on relays too large to carry it: the tab fetches). */
interface MessagePayload {
  message?: SharedMessageView;
  row?: ConversationRowUpdate;
}

export type ChatEvent =
  | ({ type: "message.posted"; conversationId: string; messageId: string; seq: number; authorId?: string | null } & MessagePayload)
  /** A message already shown changed (a pick card after its pick was changed or removed). */
  | ({ type: "message.updated"; conversationId: string; messageId: string; seq: number; authorId?: string | null } & MessagePayload)
  /** A participant's receipts moved: their app received (delivered) or showed (read) messages up to these seqs. */
  | { type: "conversation.read"; conversationId: string; userId: string; lastReadSeq: number; lastDeliveredSeq: number }
  /** An order changed; `order` is how it stands now (lists and cards update from it). */
  | { type: "order.updated"; conversationId: string; orderId: string; status: string; order?: OrderSummary };

export interface DeliveredEvent {
  /** Increases with every event this process publishes. */
  id: number;
  /** When it was published (ms since epoch): a reconnecting client names it to catch up from there. */
  at: number;
  event: ChatEvent;
}

type Listener = (delivered: DeliveredEvent) => void;

/** Carries events to the other instances (they call deliverLocally with them). */
export interface EventRelay {
  send(recipientIds: string[], event: ChatEvent): void;
}

interface Bus {
  nextId: number;
  listeners: Map<string, Set<Listener>>;
  relay?: EventRelay;
}

const globalForBus = globalThis as unknown as { chatalogEventBus?: Bus };

function bus(): Bus {
  globalForBus.chatalogEventBus ??= { nextId: 1, listeners: new Map() };
  return globalForBus.chatalogEventBus;
}

/** Delivers `event` to every open subscription of each recipient, here and (through the relay) on
 * the other instances. */
export function publish(recipientIds: Iterable<string>, event: ChatEvent): void {
  const recipients = [...new Set(recipientIds)];
  deliverLocally(recipients, event);
  bus().relay?.send(recipients, event);
}

/** Delivers to this process's subscriptions only (the relay's way in). */
export function deliverLocally(recipientIds: Iterable<string>, event: ChatEvent): void {
  const state = bus();
  const delivered = { id: state.nextId++, at: Date.now(), event };
  for (const userId of new Set(recipientIds)) {
    for (const listener of state.listeners.get(userId) ?? []) listener(delivered);
  }
}

/** Installs (or, with undefined, removes) the relay to other instances. */
export function setRelay(relay: EventRelay | undefined): void {
  bus().relay = relay;
}

/** Subscribes to one user's events; returns the unsubscribe function. */
export function subscribe(userId: string, listener: Listener): () => void {
  const { listeners } = bus();
  const set = listeners.get(userId) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(userId, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(userId);
  };
}

/** Whether this process holds an open event stream of the user (a tab of theirs is alive here). */
export function hasSubscribers(userId: string): boolean {
  return bus().listeners.has(userId);
}

export function subscriberCount(): number {
  let count = 0;
  for (const set of bus().listeners.values()) count += set.size;
  return count;
}
