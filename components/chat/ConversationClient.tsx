"use client";
import type { ReactNode } from "react";
import { Composer } from "./Composer";
import { PendingMessages } from "./PendingMessages";
import { ScrollToLatest } from "./ScrollToLatest";
import { useOutbox } from "./use-outbox";

interface ConversationClientProps {
  conversationId: string;
  /** Client ids of the viewer's messages the server already shows: their pending copies go. */
  shownClientIds: string[];
  messageCount: number;
  /** The server-rendered timeline. */
  children: ReactNode;
}

export function ConversationClient({ conversationId, shownClientIds, messageCount, children }: ConversationClientProps) {
  const { pending, send, retry } = useOutbox(conversationId, shownClientIds);
  return (
    <>
      <main className="flex-1 bg-chat" data-testid="conversation" data-conversation-id={conversationId}>
        {children}
        <PendingMessages items={pending} onRetry={retry} />
        <ScrollToLatest count={messageCount + pending.length} />
      </main>
      <Composer onSend={send} />
    </>
  );
}
