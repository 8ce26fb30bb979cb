// The in-process event bus: the event log's reader (event-log.ts) hands each event to the users it
// concerns, and the event streams (event-stream.ts) send each user's events to their open tabs.
// The bus is process-wide (on globalThis), so it reaches every connection of this process; other
// instances read the same log and deliver to their own connections.
import type { SystemLineView } from "@/lib/i18n/system-line-view";
import type { OrderSummary, SharedMessageView } from "@/lib/messages/message-view";

/** The conversation's line in the chats list after a message: enough to move it to the top. */
export interface ConversationRowUpdate {
  preview: string | null;
  /** The preview's message key when it is the app's words (absent from older servers). */
  previewLine?: SystemLineView | null;
  lastMessageAt: string;
  lastSeq: number;
}

/** What a message event carries so an open tab can draw it without asking the server again
 * (an event without it, from an older server, makes the tab fetch). */
interface MessagePayload {
  message?: SharedMessageView;
  row?: ConversationRowUpdate;
}

export type ChatEvent =
  | ({ type: "message.posted"; conversationId: string; messageId: string; seq: number; authorId?: string | null } & MessagePayload)
  /** A message already shown changed (a pick card after its pick was changed or removed). */
  | ({ type: "message.updated"; conversationId: string; messageId: string; seq: number; authorId?: string | null } & MessagePayload)
  /** A participant's receipts moved: their app received (delivered) or showed (read) messages up to these seqs. */
  | {
      type: "conversation.read";
      conversationId: string;
      userId: string;
      lastReadSeq: number;
      lastDeliveredSeq: number;
      /** Whether the reader is a member of the business (else on the buyer's side); absent from older servers. */
      member?: boolean;
    }
  /** An order changed; `order` is how it stands now (lists and cards update from it). */
  | { type: "order.updated"; conversationId: string; orderId: string; status: string; order?: OrderSummary }
  /** The recipient no longer sees this conversation (removed from a buyer's team): its tabs leave. */
  | { type: "conversation.left"; conversationId: string };

export interface DeliveredEvent {
  /** The event's row in the event log (event-log.ts): increases with every event. */
  id: number;
  event: ChatEvent;
}

type Listener = (delivered: DeliveredEvent) => void;

interface Bus {
  listeners: Map<string, Set<Listener>>;
  /** Called at every subscription: the event log starts this process's reader (event-log.ts). */
  onSubscribe?: () => void;
}

const globalForBus = globalThis as unknown as { chatalogEventBus?: Bus };

function bus(): Bus {
  globalForBus.chatalogEventBus ??= { listeners: new Map() };
  return globalForBus.chatalogEventBus;
}

/** Delivers an event of the log to this process's subscriptions of each recipient. */
export function deliverLocally(recipientIds: Iterable<string>, event: ChatEvent, id: number): void {
  const delivered = { id, event };
  const { listeners } = bus();
  for (const userId of new Set(recipientIds)) {
    for (const listener of listeners.get(userId) ?? []) listener(delivered);
  }
}

export function setOnSubscribe(hook: () => void): void {
  bus().onSubscribe = hook;
}

/** Subscribes to one user's events; returns the unsubscribe function. */
export function subscribe(userId: string, listener: Listener): () => void {
  const state = bus();
  state.onSubscribe?.();
  const { listeners } = state;
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
