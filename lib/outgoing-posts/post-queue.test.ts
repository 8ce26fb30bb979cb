// The rules of posting without waiting (post-queue.ts), with the real IndexedDB store on
// fake-indexeddb (an in-memory implementation of the same API) and a scripted server: two uploads
// at a time, the post sent once when its last photo is up, retries with the same ids, a refused
// photo, and a reload in the middle picked up by a new queue.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { OutgoingPosts, type DesignsPostBody, type QueueDeps, type SendOutcome, type UploadOutcome } from "./post-queue";
import { forgetOutgoingPosts, indexedDbPostStore } from "./post-store";

interface PendingUpload {
  clientId: string;
  finish: (outcome: UploadOutcome) => void;
}

/** A server the test answers by hand: uploads wait until finished; posts are recorded. */
function scriptedServer() {
  let ids = 0;
  const uploads: PendingUpload[] = [];
  const posts: Array<{ conversationId: string; body: DesignsPostBody }> = [];
  const storedPhotos = new Map<string, string>(); // upload clientId -> photoId (the server's idempotence)
  let sendAnswer: () => SendOutcome = () => ({ ok: true });
  const deps = (): QueueDeps => ({
    prepare: async (file) => new Blob([await file.arrayBuffer(), "-small"], { type: "image/jpeg" }),
    upload: (_blob, query, onProgress, signal) =>
      new Promise<UploadOutcome>((resolve) => {
        onProgress(0.5);
        signal.addEventListener("abort", () => resolve({ ok: false, message: "aborted", retryable: true }));
        uploads.push({
          clientId: query.clientId,
          finish: (outcome) => {
            if (outcome.ok) storedPhotos.set(query.clientId, storedPhotos.get(query.clientId) ?? outcome.photoId);
            resolve(outcome.ok ? { ok: true, photoId: storedPhotos.get(query.clientId)! } : outcome);
          },
        });
      }),
    send: async (conversationId, body) => {
      const answer = sendAnswer();
      if (answer.ok) posts.push({ conversationId, body });
      return answer;
    },
    store: indexedDbPostStore(),
    newId: () => `id-${++ids}-${Math.random().toString(36).slice(2, 8)}`,
    retryBaseMs: 5,
  });
  return {
    deps,
    uploads,
    posts,
    answerPostsWith: (answer: () => SendOutcome) => (sendAnswer = answer),
    /** Finishes every upload in flight, each with a new photo id. */
    finishAll: () => uploads.splice(0).forEach((upload) => upload.finish({ ok: true, photoId: `photo-of-${upload.clientId}` })),
  };
}

const owner = { viewerId: "supplier-1", conversationId: "conversation-1", businessId: "business-1" };
const photo = (name: string) => new Blob([name], { type: "image/jpeg" });
const until = async (condition: () => boolean, what: string) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
};

afterEach(async () => {
  await forgetOutgoingPosts();
});

describe("posting designs without waiting for the uploads", () => {
  it("uploads two at a time, and sends the post once, when its last photo is up", async () => {
    const server = scriptedServer();
    const queue = new OutgoingPosts(server.deps());
    const id = queue.createDraft(owner);
    queue.addPhotos(id, [photo("a"), photo("b"), photo("c")]);
    await until(() => server.uploads.length === 2, "two uploads");
    // Posted while uploading: the sheet closes, the post is on its way.
    await queue.commit(id, { caption: "Diwali", grouping: "each", details: [{ code: "D-1" }, {}, { pricePerPiecePaise: 45_000 }] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.uploads).toHaveLength(2); // never a third at once
    expect(server.posts).toHaveLength(0);
    server.finishAll();
    await until(() => server.uploads.length === 1, "the third upload");
    expect(server.posts).toHaveLength(0); // not before the last photo
    server.finishAll();
    await until(() => server.posts.length === 1, "the post");
    const [sent] = server.posts;
    expect(sent!.conversationId).toBe("conversation-1");
    expect(sent!.body.clientId).toBe(id);
    expect(sent!.body.caption).toBe("Diwali");
    expect(sent!.body.designs.map((design) => design.photoIds.length)).toEqual([1, 1, 1]);
    expect(sent!.body.designs[0]).toMatchObject({ code: "D-1" });
    expect(sent!.body.designs[2]).toMatchObject({ pricePerPiecePaise: 45_000 });
    expect(queue.getSnapshot()[0]!.state).toBe("sent");
    expect(await indexedDbPostStore().all(owner.viewerId)).toEqual([]); // nothing left to resume
  });

  it("retries a failed upload and a failed post with the same ids, so each is stored once", async () => {
    const server = scriptedServer();
    const queue = new OutgoingPosts(server.deps());
    const id = queue.createDraft(owner);
    queue.addPhotos(id, [photo("a")]);
    await queue.commit(id, { caption: "", grouping: "one", details: [{}] });
    await until(() => server.uploads.length === 1, "the upload");
    const firstTry = server.uploads.shift()!;
    firstTry.finish({ ok: false, message: "No connection.", retryable: true });
    await until(() => server.uploads.length === 1, "the retry");
    expect(server.uploads[0]!.clientId).toBe(firstTry.clientId);
    let failures = 1;
    server.answerPostsWith(() => (failures-- > 0 ? { ok: false, message: "Busy", retryable: true } : { ok: true }));
    server.finishAll();
    await until(() => server.posts.length === 1, "the post after a retry");
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(server.posts).toHaveLength(1);
  });

  it("keeps a refused photo out: the post waits for the person, and Try again sends the rest", async () => {
    const server = scriptedServer();
    const queue = new OutgoingPosts(server.deps());
    const id = queue.createDraft(owner);
    queue.addPhotos(id, [photo("a"), photo("not-a-photo")]);
    await queue.commit(id, { caption: "", grouping: "each", details: [{ code: "A" }, { code: "B" }] });
    await until(() => server.uploads.length === 2, "both uploads");
    server.uploads.shift()!.finish({ ok: true, photoId: "photo-a" });
    server.uploads.shift()!.finish({ ok: false, message: "That file is not a photo.", retryable: false });
    await until(() => queue.getSnapshot()[0]!.state === "failed", "the post to fail");
    expect(queue.getSnapshot()[0]!.error).toContain("That file is not a photo.");
    expect(server.posts).toHaveLength(0);
    queue.retry(id);
    await until(() => server.posts.length === 1, "the post without the refused photo");
    expect(server.posts[0]!.body.designs).toEqual([{ photoIds: ["photo-a"], code: "A" }]);
  });

  it("survives a reload: a new queue picks up the post, uploads what was not up and posts it once", async () => {
    const server = scriptedServer();
    const before = new OutgoingPosts(server.deps());
    const id = before.createDraft(owner);
    before.addPhotos(id, [photo("a"), photo("b"), photo("c")]);
    await before.commit(id, { caption: "After reload", grouping: "each", details: [{}, {}, {}] });
    await until(() => server.uploads.length === 2, "two uploads");
    server.uploads.shift()!.finish({ ok: true, photoId: "photo-a" });
    await until(() => server.uploads.length === 2, "the third upload to start");
    // The page reloads: the two uploads in flight are lost with it.
    server.uploads.splice(0);
    const after = new OutgoingPosts(server.deps());
    await after.resume("someone-else");
    expect(after.getSnapshot()).toEqual([]); // another person's posts on a shared phone stay put
    await after.resume(owner.viewerId);
    expect(after.getSnapshot().map((post) => [post.id, post.state, post.photos.map((p) => p.status)])).toEqual([[id, "sending", ["done", "uploading", "uploading"]]]);
    expect(after.blobOf(after.getSnapshot()[0]!.photos[1]!.key)).toBeInstanceOf(Blob); // its preview survives too
    server.finishAll();
    await until(() => server.posts.length === 1, "the post");
    expect(server.posts[0]!.body.clientId).toBe(id);
    expect(server.posts[0]!.body.designs.map((design) => design.photoIds[0])).toEqual(["photo-a", expect.stringContaining("photo-of-"), expect.stringContaining("photo-of-")]);
  });

  it("discards a cancelled draft: its uploads stop and nothing is posted", async () => {
    const server = scriptedServer();
    const queue = new OutgoingPosts(server.deps());
    const id = queue.createDraft(owner);
    queue.addPhotos(id, [photo("a"), photo("b"), photo("c")]);
    await until(() => server.uploads.length === 2, "two uploads");
    queue.discard(id);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(queue.getSnapshot()).toEqual([]);
    expect(server.uploads).toHaveLength(2); // the aborted two; no third started
    expect(server.posts).toHaveLength(0);
  });
});
