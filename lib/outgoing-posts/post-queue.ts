// Posts of designs that are still on their way: "Post" no longer waits for the uploads. The sheet
// stages its photos here as they are chosen (they start uploading at once, two at a time across
// every post), "Post" commits the post and closes the sheet, and the post is sent by itself when its
// last photo is up. A committed post is kept in IndexedDB (post-store.ts) with its photos, so it
// survives closing the sheet, leaving the chat and reloading the app; it is sent once, because the
// server knows each photo and each post by the ids made here (an upload or post repeated after a
// reload returns what was stored the first time).
//
// Free of React and of the browser's upload code: those come in through QueueDeps, so the rules
// (two at a time, retry with backoff, resume, sent once) are unit-tested with the real IndexedDB
// store on fake-indexeddb (post-queue.test.ts). components/designs/outgoing-posts.ts wires it up.
import type { DesignDetails } from "@/lib/designs/parse-design-form";
import type { PostStore } from "./post-store";

/** preparing: being downsized on the phone; waiting: ready, not started (or waiting to retry);
 * rejected: the server refused it (not a photo, too large): retrying cannot help. */
export type PhotoStatus = "preparing" | "waiting" | "uploading" | "done" | "rejected";

export interface OutgoingPhoto {
  key: string;
  /** The upload's id for the server: the same on every retry, so a photo is stored once. */
  clientId: string;
  status: PhotoStatus;
  progress: number;
  photoId?: string;
  error?: string;
}

/** draft: the sheet is open; sending: committed, photos uploading; posting: the post request is
 * out; sent: the server has it (shown until the conversation shows it); failed: needs the person. */
export type PostState = "draft" | "sending" | "posting" | "sent" | "failed";

export type Grouping = "each" | "one";

export interface OutgoingPost {
  /** Also the post's clientId for the server. */
  id: string;
  viewerId: string;
  conversationId: string;
  businessId: string;
  state: PostState;
  caption: string;
  grouping: Grouping;
  /** One per design: per photo when grouping is "each", one for all otherwise. */
  details: DesignDetails[];
  photos: OutgoingPhoto[];
  error?: string;
  createdAt: number;
}

export type UploadOutcome = { ok: true; photoId: string } | { ok: false; message: string; retryable: boolean };
export type SendOutcome = { ok: true } | { ok: false; message: string; retryable: boolean };

export interface DesignsPostBody {
  clientId: string;
  caption: string;
  designs: Array<{ photoIds: string[] } & DesignDetails>;
}

export interface QueueDeps {
  /** Downsizes a chosen photo for upload (the original when it cannot). */
  prepare(file: Blob): Promise<Blob>;
  upload(blob: Blob, query: { businessId: string; clientId: string }, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<UploadOutcome>;
  send(conversationId: string, body: DesignsPostBody): Promise<SendOutcome>;
  store: PostStore;
  newId(): string;
  /** First retry delay; doubles up to a minute. */
  retryBaseMs?: number;
}

/** Uploads at once: on a weak link two finish sooner than ten, and two keep a fast link busy. */
export const PARALLEL_UPLOADS = 2;
const MAX_RETRY_MS = 60_000;
/** A sent post stays on screen at most this long if the conversation never shows it (another tab). */
const SENT_LINGER_MS = 30_000;

export class OutgoingPosts {
  private posts = new Map<string, OutgoingPost>();
  private blobs = new Map<string, Blob>();
  private inFlight = new Map<string, AbortController>();
  /** Photo key or post id → attempts so far and when the next may start. */
  private retries = new Map<string, { attempts: number; at: number }>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private preparing: Promise<void> = Promise.resolve();
  private listeners = new Set<() => void>();
  private resumed = new Map<string, Promise<void>>();
  private snapshot: OutgoingPost[] = [];

  constructor(private deps: QueueDeps) {}

  // ---- reading (useSyncExternalStore) ----
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  getSnapshot = () => this.snapshot;
  /** The photo's bytes, for its preview. */
  blobOf(key: string): Blob | undefined {
    return this.blobs.get(key);
  }

  // ---- the sheet ----
  createDraft(owner: { viewerId: string; conversationId: string; businessId: string }): string {
    const id = this.deps.newId();
    this.posts.set(id, { id, ...owner, state: "draft", caption: "", grouping: "each", details: [], photos: [], createdAt: Date.now() });
    this.changed();
    return id;
  }

  addPhotos(postId: string, files: Blob[]): void {
    const post = this.posts.get(postId);
    if (!post) return;
    for (const file of files) {
      const photo: OutgoingPhoto = { key: this.deps.newId(), clientId: this.deps.newId(), status: "preparing", progress: 0 };
      this.blobs.set(photo.key, file);
      this.update(postId, (p) => ({ ...p, photos: [...p.photos, photo] }));
      // One at a time: decoding several 12 MP photos at once can exhaust a cheap phone's memory.
      this.preparing = this.preparing.then(() => this.prepare(postId, photo.key, file));
    }
  }

  removePhoto(postId: string, key: string): void {
    this.inFlight.get(key)?.abort();
    this.blobs.delete(key);
    this.update(postId, (p) => ({ ...p, photos: p.photos.filter((photo) => photo.key !== key) }));
    this.pump();
  }

  /** Cancel, or a failed post deleted: nothing of it is sent afterwards. */
  discard(postId: string): void {
    const post = this.posts.get(postId);
    if (!post) return;
    for (const photo of post.photos) {
      this.inFlight.get(photo.key)?.abort();
      this.blobs.delete(photo.key);
    }
    this.posts.delete(postId);
    this.changed();
    void this.deps.store.delete(postId).catch(() => undefined);
    this.pump();
  }

  /** "Post": from here the post goes by itself. Resolves once it is kept on the phone. */
  async commit(postId: string, content: { caption: string; grouping: Grouping; details: DesignDetails[] }): Promise<void> {
    const post = this.update(postId, (p) => ({ ...p, ...content, state: "sending" }));
    if (!post) return;
    await this.keep(post, true);
    this.pump();
  }

  /** "Try again" on a failed post: refused photos are left out, the rest goes. */
  retry(postId: string): void {
    const post = this.posts.get(postId);
    if (!post || post.state !== "failed") return;
    const keep = post.photos.map((photo) => photo.status !== "rejected");
    const details = post.grouping === "each" ? post.details.filter((_, index) => keep[index]) : post.details;
    const photos = post.photos.filter((_, index) => keep[index]);
    if (!photos.length) return this.discard(postId);
    this.retries.delete(postId);
    this.update(postId, (p) => ({ ...p, state: "sending", error: undefined, details, photos }));
    void this.keep(this.posts.get(postId)!, false);
    this.pump();
  }

  // ---- after a reload ----
  /** Picks up the person's kept posts, once per page load however many screens ask. Others' posts
   * on a shared phone stay put. */
  resume(viewerId: string): Promise<void> {
    let resuming = this.resumed.get(viewerId);
    if (!resuming) this.resumed.set(viewerId, (resuming = this.load(viewerId)));
    return resuming;
  }

  private async load(viewerId: string): Promise<void> {
    const kept = await this.deps.store.all(viewerId);
    for (const stored of kept) {
      if (this.posts.has(stored.id)) continue;
      const photos: OutgoingPhoto[] = [];
      for (const photo of stored.photos) {
        const blob = await this.deps.store.getBlob(photo.key);
        if (!blob && !photo.photoId) continue; // not kept (the page closed mid-write): left out
        if (blob) this.blobs.set(photo.key, blob.blob);
        const prepared = blob?.prepared !== false;
        photos.push({ ...photo, status: photo.photoId ? "done" : prepared ? "waiting" : "preparing", progress: photo.photoId ? 1 : 0 });
        if (!prepared && blob) this.preparing = this.preparing.then(() => this.prepare(stored.id, photo.key, blob.blob));
      }
      const state = stored.state === "posting" || stored.state === "sent" ? "sending" : stored.state;
      this.posts.set(stored.id, { ...stored, photos, state });
    }
    this.changed();
    this.pump();
  }

  /** The network is back: what waits for a retry goes now. */
  wake(): void {
    this.retries.forEach((retry) => (retry.at = 0));
    this.pump();
  }

  // ---- the work ----
  private async prepare(postId: string, key: string, file: Blob): Promise<void> {
    if (!this.posts.has(postId) || !this.blobs.has(key)) return; // removed meanwhile
    const blob = await this.deps.prepare(file).catch(() => file);
    if (!this.blobs.has(key)) return;
    this.blobs.set(key, blob);
    const post = this.patchPhoto(postId, key, { status: "waiting" });
    if (post && post.state !== "draft") await this.deps.store.putBlob(key, blob, true).catch(() => undefined);
    this.pump();
  }

  /** Starts uploads up to PARALLEL_UPLOADS, oldest post first, and posts what is complete. */
  private pump(): void {
    const now = Date.now();
    let nextRetry = Infinity;
    for (const post of this.posts.values()) {
      for (const photo of post.photos) {
        if (this.inFlight.size >= PARALLEL_UPLOADS) break;
        if (photo.status !== "waiting" || post.state === "failed") continue;
        const retryAt = this.retries.get(photo.key)?.at ?? 0;
        if (retryAt > now) {
          nextRetry = Math.min(nextRetry, retryAt);
          continue;
        }
        void this.upload(post.id, photo);
      }
      if (post.state === "sending" && post.photos.length && post.photos.every((photo) => photo.status === "done")) {
        const retryAt = this.retries.get(post.id)?.at ?? 0;
        if (retryAt > now) nextRetry = Math.min(nextRetry, retryAt);
        else void this.send(post);
      }
    }
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = nextRetry === Infinity ? null : setTimeout(() => this.pump(), nextRetry - now);
  }

  private async upload(postId: string, photo: OutgoingPhoto): Promise<void> {
    const blob = this.blobs.get(photo.key);
    const post = this.posts.get(postId);
    if (!blob || !post) return;
    const abort = new AbortController();
    this.inFlight.set(photo.key, abort);
    this.patchPhoto(postId, photo.key, { status: "uploading", progress: 0 });
    const outcome = await this.deps
      .upload(blob, { businessId: post.businessId, clientId: photo.clientId }, (progress) => this.patchPhoto(postId, photo.key, { progress }), abort.signal)
      .catch((): UploadOutcome => ({ ok: false, message: "No connection.", retryable: true }));
    this.inFlight.delete(photo.key);
    if (abort.signal.aborted) return this.pump();
    if (outcome.ok) {
      this.retries.delete(photo.key);
      const after = this.patchPhoto(postId, photo.key, { status: "done", progress: 1, photoId: outcome.photoId, error: undefined });
      if (after && after.state !== "draft") await this.keep(after, false);
    } else if (outcome.retryable) {
      this.backOff(photo.key);
      this.patchPhoto(postId, photo.key, { status: "waiting", progress: 0, error: outcome.message });
    } else {
      const after = this.patchPhoto(postId, photo.key, { status: "rejected", error: outcome.message });
      if (after && after.state === "sending") this.update(postId, (p) => ({ ...p, state: "failed", error: `A photo was not accepted: ${outcome.message}` }));
    }
    this.pump();
  }

  private async send(post: OutgoingPost): Promise<void> {
    const sending = this.update(post.id, (p) => ({ ...p, state: "posting" }))!;
    const photoIds = sending.photos.map((photo) => photo.photoId!);
    const designs = sending.grouping === "each" ? photoIds.map((id, index) => ({ photoIds: [id], ...sending.details[index] })) : [{ photoIds, ...sending.details[0] }];
    const outcome = await this.deps.send(sending.conversationId, { clientId: sending.id, caption: sending.caption, designs }).catch((): SendOutcome => ({ ok: false, message: "No connection.", retryable: true }));
    if (!this.posts.has(post.id)) return;
    if (outcome.ok) {
      this.retries.delete(post.id);
      this.update(post.id, (p) => ({ ...p, state: "sent", error: undefined }));
      await this.deps.store.delete(post.id).catch(() => undefined);
      setTimeout(() => this.forgetSent(post.id), SENT_LINGER_MS);
    } else if (outcome.retryable) {
      this.backOff(post.id);
      this.update(post.id, (p) => ({ ...p, state: "sending", error: outcome.message }));
    } else {
      this.update(post.id, (p) => ({ ...p, state: "failed", error: outcome.message }));
      await this.keep(this.posts.get(post.id)!, false);
    }
    this.pump();
  }

  /** The conversation shows the post: its pending copy goes. */
  forgetSent(postId: string): void {
    const post = this.posts.get(postId);
    if (post?.state !== "sent") return;
    for (const photo of post.photos) this.blobs.delete(photo.key);
    this.posts.delete(postId);
    this.changed();
  }

  private backOff(key: string): void {
    const attempts = (this.retries.get(key)?.attempts ?? 0) + 1;
    const delay = Math.min(MAX_RETRY_MS, (this.deps.retryBaseMs ?? 2_000) * 2 ** (attempts - 1));
    this.retries.set(key, { attempts, at: Date.now() + delay });
  }

  /** Writes the post's record (and, with `withBlobs`, the photos not yet up) to IndexedDB. */
  private async keep(post: OutgoingPost, withBlobs: boolean): Promise<void> {
    try {
      if (withBlobs) {
        for (const photo of post.photos) {
          const blob = this.blobs.get(photo.key);
          if (blob) await this.deps.store.putBlob(photo.key, blob, photo.status !== "preparing");
        }
      }
      await this.deps.store.put(post);
    } catch {
      // Private browsing or a full disk: the post still goes while the page stays open.
    }
  }

  private patchPhoto(postId: string, key: string, change: Partial<OutgoingPhoto>): OutgoingPost | undefined {
    return this.update(postId, (p) => ({ ...p, photos: p.photos.map((photo) => (photo.key === key ? { ...photo, ...change } : photo)) }));
  }

  private update(postId: string, change: (post: OutgoingPost) => OutgoingPost): OutgoingPost | undefined {
    const post = this.posts.get(postId);
    if (!post) return undefined;
    const next = change(post);
    this.posts.set(postId, next);
    this.changed();
    return next;
  }

  private changed(): void {
    this.snapshot = [...this.posts.values()];
    this.listeners.forEach((listener) => listener());
  }
}
