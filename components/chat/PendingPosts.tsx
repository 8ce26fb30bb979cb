"use client";
import { useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";
import { PhotoUploadTile } from "@/components/designs/PhotoUploadTile";
import { outgoingPosts, previewUrlOf, releaseGonePreviews, useOutgoingPosts, useResumeOutgoingPosts } from "@/components/designs/outgoing-posts";
import type { OutgoingPost } from "@/lib/outgoing-posts/post-queue";

interface PostsOnTheirWayProps {
  conversationId: string;
  viewerId: string;
  /** The clientIds of the messages the timeline shows: a post shown there is no longer on its way. */
  shownClientIds: string[];
  /** How many albums show here, for the chat's scroll (it follows what is added at the bottom). */
  onCount: (count: number) => void;
}

/** A supplier's albums on their way in this conversation, with the posting queue resumed (a
 * reload or another page may have left posts in it). Loaded for members only
 * (components/chat/conversation-sheets.ts). */
export function PostsOnTheirWay({ conversationId, viewerId, shownClientIds, onCount }: PostsOnTheirWayProps) {
  const posts = usePendingPosts(conversationId, viewerId, shownClientIds);
  useEffect(() => onCount(posts.length), [posts.length, onCount]);
  useEffect(() => () => onCount(0), [onCount]);
  return <PendingPosts posts={posts} onRetry={(id) => outgoingPosts().retry(id)} onDelete={(id) => outgoingPosts().discard(id)} />;
}

/** This conversation's posts on their way (components/designs/outgoing-posts.ts), until the
 * timeline shows each one (its clientId is the post's id). */
function usePendingPosts(conversationId: string, viewerId: string, shownClientIds: string[]) {
  useResumeOutgoingPosts(viewerId);
  const all = useOutgoingPosts();
  const shown = useMemo(() => new Set(shownClientIds), [shownClientIds]);
  useEffect(() => {
    for (const post of all) if (post.state === "sent" && shown.has(post.id)) outgoingPosts().forgetSent(post.id);
    releaseGonePreviews(all);
  }, [all, shown]);
  return useMemo(() => all.filter((post) => post.conversationId === conversationId && post.viewerId === viewerId && post.state !== "draft" && !shown.has(post.id)), [all, conversationId, viewerId, shown]);
}

/** The album a supplier posted, before the other side has it: each photo with its progress, and
 * what the post waits for. Shown at once on Post; replaced by the real album when the conversation
 * shows it. A refused post says why and offers to send the rest or delete it. */
export function PendingPosts({ posts, onRetry, onDelete }: { posts: OutgoingPost[]; onRetry: (postId: string) => void; onDelete: (postId: string) => void }) {
  const t = useTranslations("composer");
  const tc = useTranslations("common");
  if (!posts.length) return null;
  return (
    <ol className="flex flex-col gap-1.5 px-3 pb-3" aria-label={t("postingList")}>
      {posts.map((post) => {
        const failed = post.state === "failed";
        return (
          <li key={post.id} className="flex flex-col items-end" data-status={post.state}>
            <div className={`w-[80%] max-w-xs rounded-2xl rounded-br-md p-1.5 shadow-sm ${failed ? "bg-red-50 ring-1 ring-red-200" : "bg-bubble-own"}`}>
              <ul className="grid grid-cols-3 gap-1" aria-label={t("photosOnTheirWay", { count: post.photos.length })}>
                {post.photos.map((photo) => (
                  <PhotoUploadTile key={photo.key} photo={photo} previewUrl={previewUrlOf(photo.key)} />
                ))}
              </ul>
              {post.caption ? <p className="px-1.5 pt-1 text-[15px] leading-snug break-words whitespace-pre-wrap text-stone-900">{post.caption}</p> : null}
              <p className="px-1.5 pt-0.5 text-right text-[11px] text-stone-600" role="status">
                <PostStatus post={post} />
              </p>
            </div>
            {failed ? (
              <div className="mt-1 flex flex-wrap justify-end gap-1">
                <p className="w-full text-right text-sm text-red-800">{post.error}</p>
                <button type="button" onClick={() => onRetry(post.id)} className="min-h-11 rounded-lg px-3 text-sm font-semibold text-red-700 hover:bg-red-50">
                  {post.photos.some((photo) => photo.status === "rejected") ? t("postOthers") : tc("retry")}
                </button>
                <button type="button" onClick={() => onDelete(post.id)} className="min-h-11 rounded-lg px-3 text-sm font-semibold text-stone-700 hover:bg-stone-100">
                  {tc("delete")}
                </button>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function PostStatus({ post }: { post: OutgoingPost }) {
  const t = useTranslations("composer");
  if (post.state === "failed") return t("notPosted");
  if (post.state === "sent") return t("sent");
  if (post.state === "posting") return `🕓 ${t("posting")}`;
  const up = post.photos.filter((photo) => photo.status === "done").length;
  const waiting = post.error || post.photos.some((photo) => photo.status === "waiting" && photo.error);
  if (waiting) return `🕓 ${t("waitingPhotosSent", { up, total: post.photos.length })}`;
  return `🕓 ${t("sendingPhotos", { up, total: post.photos.length })}`;
}
