"use client";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { MessagePage } from "@/lib/messages/list-messages";
import { quoteOf, type MessageView, type QuotedMessage } from "@/lib/messages/message-view";
import { fetchDesign } from "@/components/designs/fetch-design";
import { TrayBar } from "@/components/picks/TrayBar";
import { useTray } from "@/components/picks/use-tray";
import { useSharedPhotos } from "@/components/share/use-shared-photos";
import type { DesignDetails } from "@/lib/designs/design-views";
import { Composer } from "./Composer";
import { DesignViewer, MessageActions, PendingDocuments, PickSheet, PostDesignsSheet, PostsOnTheirWay, preloadConversationSheets, ThreadPanel, TrayReview } from "./conversation-sheets";
import { MessageTimeline } from "./MessageTimeline";
import { OrderCardExtra } from "./OrderCardExtra";
import { OlderMessagesLoader } from "./OlderMessagesLoader";
import { PendingMessages } from "./PendingMessages";
import { useDocumentSends } from "./use-document-sends";
import { useChatScroll } from "./use-chat-scroll";
import { useOutbox } from "./use-outbox";
import { useReadMarking } from "./use-read-marking";
import { useTimeline } from "./use-timeline";

interface ConversationClientProps {
  conversationId: string;
  viewerId: string;
  buyerId: string;
  businessId: string;
  /** Members post designs; buyers pick them. */
  viewerIsMember: boolean;
  /** The first page of messages as JSON text (see the page): parsed once here. */
  initialJson: string;
  /** Opened from a design page's "Pick this design": the pick sheet for it opens at once. */
  pickDesignId?: string;
  /** Opened from the share page with photos shared from the gallery: the post sheet opens with them. */
  shareBatch?: string;
  /** Opened from a search result: the chat shows that message (scrolled to and lit up, or in its
   * thread panel when it is further up the history than the first page). */
  openAtMessageId?: string;
}

/** The open conversation: the timeline, what is being sent, the composer, replies and threads. */
export function ConversationClient({ conversationId, viewerId, buyerId, businessId, viewerIsMember, initialJson, pickDesignId, shareBatch, openAtMessageId }: ConversationClientProps) {
  const t = useTranslations("chat");
  const initial = useMemo(() => JSON.parse(initialJson) as MessagePage, [initialJson]);
  const timeline = useTimeline({ conversationId, initial, viewerId, buyerId, viewerIsMember });
  const { messages } = timeline;
  const shownClientIds = useMemo(() => messages.flatMap((m) => (m.clientId ? [m.clientId] : [])), [messages]);
  const { pending, send, sendPick, retry } = useOutbox(conversationId, viewerId, shownClientIds, () => void timeline.catchUp());
  const documents = useDocumentSends(conversationId, shownClientIds, () => void timeline.catchUp());
  // Suppliers' albums on their way (buyers post none, and never load the posting queue's code).
  const [postingCount, setPostingCount] = useState(0);
  // Replies show in the main flow too (with their quote), like the chat apps.
  const { unseen, rememberPlace, jumpToLatest } = useChatScroll(messages, pending.length + postingCount + documents.sends.length);
  const list = useRef<HTMLDivElement>(null);
  useReadMarking(conversationId, list, messages);

  const [unreadAfterSeq] = useState(initial.viewerReadSeq);
  const [actionsFor, setActionsFor] = useState<MessageView | null>(null);
  const [replyTo, setReplyTo] = useState<QuotedMessage | null>(null);
  const [threadId, setThreadId] = useState<string | null>(null);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const [photosToPost, setPhotosToPost] = useState<File[] | null>(null);
  const [album, setAlbum] = useState<{ designIds: string[]; index: number } | null>(null);
  const [picking, setPicking] = useState<DesignDetails | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const { tray, refresh: refreshTray } = useTray(conversationId, viewerId, !viewerIsMember);
  const shared = useSharedPhotos(shareBatch, viewerIsMember, setPhotosToPost);
  useEffect(() => preloadConversationSheets(viewerIsMember), [viewerIsMember]);

  useEffect(() => {
    if (!pickDesignId || viewerIsMember) return;
    let live = true;
    fetchDesign(pickDesignId).then(
      (design) => live && setPicking(design),
      () => {}, // not one of the buyer's designs (or offline): the chat opens as usual
    );
    return () => {
      live = false;
    };
  }, [pickDesignId, viewerIsMember]);

  const jumpTo = useCallback((id: string) => {
    const element = document.getElementById(`m-${id}`);
    if (!element) {
      setThreadId(id); // not loaded (far up the history): the thread shows it with its replies
      return;
    }
    element.scrollIntoView({ block: "center", behavior: "smooth" });
    setHighlightId(id);
    setTimeout(() => setHighlightId((now) => (now === id ? null : now)), 1600);
  }, []);

  // In the frame after the chat's own opening scroll (useChatScroll), so this one wins.
  useEffect(() => {
    if (!openAtMessageId) return;
    const frame = requestAnimationFrame(() => jumpTo(openAtMessageId));
    return () => cancelAnimationFrame(frame);
  }, [openAtMessageId, jumpTo]);

  const byId = useMemo(() => new Map(messages.map((m) => [m.id, m])), [messages]);
  const closeThread = useCallback(() => setThreadId(null), []);
  const closeActions = useCallback(() => setActionsFor(null), []);

  return (
    <>
      <main className="flex-1 bg-chat" data-testid="conversation" data-conversation-id={conversationId}>
        <div ref={list}>
          <OlderMessagesLoader hasOlder={timeline.hasOlder} loading={timeline.loadingOlder} onLoad={() => void timeline.loadOlder(rememberPlace)} />
          {messages.length ? (
            <MessageTimeline
              messages={messages}
              titledAuthorId={viewerIsMember ? buyerId : null}
              otherSide={timeline.otherSide}
              unreadAfterSeq={unreadAfterSeq}
              highlightId={highlightId}
              onActions={setActionsFor}
              onOpenThread={setThreadId}
              onJumpTo={jumpTo}
              onOpenAlbum={(message, index) => setAlbum({ designIds: message.designs.map((d) => d.id), index })}
              renderExtra={(message) => (message.kind === "ORDER" && message.order ? <OrderCardExtra order={message.order} viewerIsMember={viewerIsMember} /> : null)}
            />
          ) : (
            <p className="p-8 text-center text-stone-600">{t("sayHello")}</p>
          )}
        </div>
        <PendingMessages items={pending} onRetry={retry} quoteOf={(id) => (byId.get(id) ? quoteOf(byId.get(id)!) : null)} />
        {documents.sends.length ? <PendingDocuments sends={documents.sends} onRetry={documents.retry} onDismiss={documents.dismiss} /> : null}
        {viewerIsMember ? <PostsOnTheirWay conversationId={conversationId} viewerId={viewerId} shownClientIds={shownClientIds} onCount={setPostingCount} /> : null}
        {unseen > 0 ? (
          <button type="button" onClick={jumpToLatest} className="fixed right-3 bottom-24 z-20 min-h-11 rounded-full bg-brand-600 px-4 text-sm font-semibold text-white shadow-lg">
            ↓ {t("newMessages", { count: unseen })}
          </button>
        ) : null}
      </main>
      <Composer
        replyTo={replyTo}
        above={tray && !viewerIsMember ? <TrayBar tray={tray} onReview={() => setReviewing(true)} /> : null}
        onAttach={viewerIsMember ? setPhotosToPost : undefined}
        quickRepliesFor={viewerIsMember ? businessId : undefined}
        onAttachDocument={documents.send}
        onCancelReply={() => setReplyTo(null)}
        onSend={(text, photos) => {
          send(text, replyTo?.id, photos);
          setReplyTo(null);
        }}
      />
      {actionsFor ? (
        <MessageActions
          message={actionsFor}
          onClose={closeActions}
          onReply={() => {
            setReplyTo(quoteOf(actionsFor));
            setActionsFor(null);
          }}
          onOpenThread={() => {
            setThreadId(actionsFor.id);
            setActionsFor(null);
          }}
          onStopDesigns={
            viewerIsMember
              ? undefined
              : () => {
                  send("STOP");
                  setActionsFor(null);
                }
          }
        />
      ) : null}
      {album ? (
        <DesignViewer
          designIds={album.designIds}
          startIndex={album.index}
          onClose={() => setAlbum(null)}
          onPick={
            viewerIsMember
              ? undefined
              : (design) => {
                  setAlbum(null); // the sheet comes up over the chat, where the pick card will appear
                  setPicking(design);
                }
          }
        />
      ) : null}
      {picking ? (
        <PickSheet
          conversationId={conversationId}
          design={picking}
          onClose={() => setPicking(null)}
          onPicked={() => {
            setPicking(null);
            void refreshTray();
          }}
          onOffline={(clientId, label, pick) => {
            setPicking(null);
            sendPick(clientId, label, pick);
          }}
        />
      ) : null}
      {reviewing && tray ? <TrayReview conversationId={conversationId} tray={tray} onChanged={() => void refreshTray()} onClose={() => setReviewing(false)} /> : null}
      {photosToPost ? (
        <PostDesignsSheet
          conversationId={conversationId}
          businessId={businessId}
          viewerId={viewerId}
          initialFiles={photosToPost}
          onClose={() => {
            setPhotosToPost(null);
            shared.done();
          }}
        />
      ) : null}
      {threadId ? (
        <ThreadPanel
          conversationId={conversationId}
          rootId={threadId}
          titledAuthorId={viewerIsMember ? buyerId : null}
          otherSide={timeline.otherSide}
          pending={pending}
          onSend={(text, parentId) => send(text, parentId)}
          onRetry={retry}
          onClose={closeThread}
        />
      ) : null}
    </>
  );
}
