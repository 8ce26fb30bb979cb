// Where posts on their way are kept on the phone (post-queue.ts): IndexedDB, because a post holds
// photos (Blobs) and must outlive a reload. Two stores: the posts' records, and each photo's bytes
// by its key, written once and deleted with the post. `idb` is a 1 KB promise wrapper over the
// browser's event-based API (the same calls, without the callbacks).
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { OutgoingPost } from "./post-queue";

export const OUTGOING_DB = "chatalog-outgoing";

interface OutgoingSchema extends DBSchema {
  posts: { key: string; value: OutgoingPost; indexes: { viewerId: string } };
  photos: { key: string; value: { blob: Blob; prepared: boolean } };
}

export interface PostStore {
  put(post: OutgoingPost): Promise<void>;
  putBlob(key: string, blob: Blob, prepared: boolean): Promise<void>;
  getBlob(key: string): Promise<{ blob: Blob; prepared: boolean } | undefined>;
  /** The person's kept posts, oldest first. */
  all(viewerId: string): Promise<OutgoingPost[]>;
  /** The post and its photos' bytes. */
  delete(postId: string): Promise<void>;
}

export function indexedDbPostStore(): PostStore {
  let opened: Promise<IDBPDatabase<OutgoingSchema>> | null = null;
  const db = () =>
    (opened ??= openDB<OutgoingSchema>(OUTGOING_DB, 1, {
      upgrade(database) {
        database.createObjectStore("posts", { keyPath: "id" }).createIndex("viewerId", "viewerId");
        database.createObjectStore("photos");
      },
      // A logout in another tab deletes the database: let it, and open afresh on the next write.
      blocking() {
        void opened?.then((database) => database.close());
        opened = null;
      },
    }));
  return {
    async put(post) {
      // What can be rebuilt (progress, in-flight status) is not worth a write per progress tick.
      await (await db()).put("posts", { ...post, photos: post.photos.map(({ key, clientId, photoId, status }) => ({ key, clientId, photoId, status: photoId ? "done" : status === "rejected" ? "rejected" : "waiting", progress: 0 })) });
    },
    async putBlob(key, blob, prepared) {
      await (await db()).put("photos", { blob, prepared }, key);
    },
    async getBlob(key) {
      return (await db()).get("photos", key);
    },
    async all(viewerId) {
      const posts = await (await db()).getAllFromIndex("posts", "viewerId", viewerId);
      return posts.sort((a, b) => a.createdAt - b.createdAt);
    },
    async delete(postId) {
      const database = await db();
      const post = await database.get("posts", postId);
      const tx = database.transaction(["posts", "photos"], "readwrite");
      await Promise.all([tx.objectStore("posts").delete(postId), ...(post?.photos ?? []).map((photo) => tx.objectStore("photos").delete(photo.key)), tx.done]);
    },
  };
}

/** At login and logout: the next person on a shared phone never sends the last one's posts. */
export async function forgetOutgoingPosts(): Promise<void> {
  if (typeof indexedDB === "undefined") return;
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(OUTGOING_DB);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}
