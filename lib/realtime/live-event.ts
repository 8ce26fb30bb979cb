// What one browser receives on its event stream: the bus's event with a message view settled for
// that person (their own messages are `mine` and keep the id their app gave them). Shared by the
// server (event-stream.ts, which writes it) and the browser (components/realtime, which reads it).
import { viewFor, type MessageView } from "@/lib/messages/message-view";
import type { ChatEvent } from "./event-bus";

type MessageEvent = Extract<ChatEvent, { type: "message.posted" | "message.updated" }>;

/** Distributes over the union, so each event type keeps its own fields. */
type WithView<E> = E extends MessageEvent ? Omit<E, "message"> & { message?: MessageView } : never;

export type LiveEvent = WithView<MessageEvent> | Exclude<ChatEvent, MessageEvent>;

export type LiveMessageEvent = Extract<LiveEvent, { type: "message.posted" | "message.updated" }>;

export function toLiveEvent(event: ChatEvent, recipientId: string): LiveEvent {
  if ((event.type === "message.posted" || event.type === "message.updated") && event.message) {
    return { ...event, message: viewFor(event.message, recipientId) };
  }
  return event as LiveEvent;
}
