"use client";
// The browser's side of posting without waiting (lib/outgoing-posts/post-queue.ts): one queue per
// page, kept across moving between chats, with the phone's downsizing, the upload with progress and
// the post request plugged in; and the hooks the post sheet and the conversation read it through.
import { useEffect, useSyncExternalStore } from "react";
import { OutgoingPosts, type OutgoingPost, type SendOutcome } from "@/lib/outgoing-posts/post-queue";
import { indexedDbPostStore } from "@/lib/outgoing-posts/post-store";
import { isRetryableStatus, newClientId } from "@/lib/messages/outbox";
import { downsizeForUpload } from "./downsize-photo";
import { uploadPhoto } from "./upload-photo-client";
import { clientNotice } from "@/lib/i18n/client-notices";

let queue: OutgoingPosts | null = null;

export function outgoingPosts(): OutgoingPosts {
  queue ??= new OutgoingPosts({
    prepare: downsizeForUpload,
    upload: async (blob, query, onProgress, signal) => {
      const result = await uploadPhoto(blob, query, onProgress, signal);
      return result.ok ? { ok: true, photoId: result.photo.photoId } : result;
    },
    send: postDesigns,
    store: indexedDbPostStore(),
    newId: newClientId,
  });
  return queue;
}

async function postDesigns(conversationId: string, body: unknown): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/conversations/${conversationId}/designs`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, message: clientNotice("postNoConnection"), retryable: true };
  }
  if (response.ok) return { ok: true };
  const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return { ok: false, message: payload?.error?.message ?? clientNotice("postFailed"), retryable: isRetryableStatus(response.status) };
}

const noPosts: OutgoingPost[] = [];
const subscribe = (listener: () => void) => outgoingPosts().subscribe(listener);

/** Every post on its way (server render: none). */
export function useOutgoingPosts(): OutgoingPost[] {
  return useSyncExternalStore(subscribe, () => outgoingPosts().getSnapshot(), () => noPosts);
}

/** Picks up the person's posts kept from before a reload, and retries at once when the network
 * comes back or the app comes to the front. */
export function useResumeOutgoingPosts(viewerId: string): void {
  useEffect(() => {
    const posts = outgoingPosts();
    void posts.resume(viewerId).catch(() => undefined);
    const wake = () => document.visibilityState === "visible" && posts.wake();
    window.addEventListener("online", wake);
    document.addEventListener("visibilitychange", wake);
    return () => {
      window.removeEventListener("online", wake);
      document.removeEventListener("visibilitychange", wake);
    };
  }, [viewerId]);
}

// Previews: one object URL per photo's current bytes, revoked when the photo is gone.
const previews = new Map<string, { blob: Blob; url: string }>();

export function previewUrlOf(key: string): string | undefined {
  const blob = outgoingPosts().blobOf(key);
  if (!blob) return undefined;
  const known = previews.get(key);
  if (known?.blob === blob) return known.url;
  if (known) URL.revokeObjectURL(known.url);
  const url = URL.createObjectURL(blob);
  previews.set(key, { blob, url });
  return url;
}

/** Called when posts change: previews of photos no longer queued are released. */
export function releaseGonePreviews(posts: readonly OutgoingPost[]): void {
  const live = new Set(posts.flatMap((post) => post.photos.map((photo) => photo.key)));
  for (const [key, { url }] of previews) {
    if (live.has(key)) continue;
    URL.revokeObjectURL(url);
    previews.delete(key);
  }
}
