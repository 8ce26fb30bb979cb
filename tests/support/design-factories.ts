// Designs made the way a supplier makes them: real photos through uploadPhoto, then postDesigns
// into a conversation. Small images keep the pipeline quick; each call draws a different one.
import { randomBytes, randomInt } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { postDesigns, type PostedDesigns } from "@/lib/designs/post-designs";
import { uploadPhoto, type UploadedPhoto } from "@/lib/photos/upload-photo";
import { smallJpeg } from "./photo-files";

export const newClientId = () => randomBytes(12).toString("hex");

let seed = randomInt(1, 100_000);

export async function uploadTestPhoto(actor: Actor, businessId: string): Promise<UploadedPhoto> {
  seed += 1;
  return uploadPhoto(actor, { businessId, bytes: await smallJpeg(seed, 240, 300), clientId: newClientId() });
}

export interface DesignSpec {
  photos?: number;
  code?: string;
  title?: string;
  pricePerPiecePaise?: number;
  colours?: string[];
  setComposition?: { size: string; ratio: number }[];
  minimumSets?: number;
}

/** Uploads photos for each spec and posts them as one album into the conversation. */
export async function postTestDesigns(actor: Actor, businessId: string, conversationId: string, specs: DesignSpec[], caption?: string): Promise<PostedDesigns> {
  const designs = [];
  for (const { photos = 1, ...details } of specs) {
    const photoIds = [];
    for (let index = 0; index < photos; index++) photoIds.push((await uploadTestPhoto(actor, businessId)).photoId);
    designs.push({ ...details, photoIds });
  }
  return postDesigns(actor, { conversationId, clientId: newClientId(), caption, designs });
}
