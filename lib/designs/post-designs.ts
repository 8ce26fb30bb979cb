// A member posts freshly uploaded photos into a conversation as designs: each design gets its
// photos, a code and whatever details were given, and the conversation gets one album message.
// All of it is one transaction, so a buyer never sees an album whose designs are half-made.
//
// Details are optional on purpose: a supplier on a phone posts first and fills details later
// (or never, for a quick "new stock" post). Missing details get safe defaults: the next free
// code (D-0143), the title "Design D-0143", price 0 meaning "price on request" (the buyer asks in
// the thread; picks and orders treat 0 as not priced yet), no sizes, no colours, 1 set minimum.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb, type Db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { appendMessage } from "@/lib/messages/append-message";
import { MAX_MESSAGE_LENGTH } from "@/lib/messages/limits";
import { albumPreview, albumPreviewLine } from "@/lib/messages/message-view";
import { untitledDesignTitle } from "./untitled-title";
import { announceNothing, recordMessagePosted, type Announce } from "@/lib/realtime/record-message-event";
import { idSchema, parseInput } from "@/lib/validation";
import {
  coloursSchema,
  designCodeSchema,
  designSearchText,
  designTitleSchema,
  formatDesignCode,
  minimumSetsSchema,
  pricePerPiecePaiseSchema,
  setCompositionSchema,
} from "./design-fields";
import { groupIndian } from "@/lib/indian-number";

export const MAX_DESIGNS_PER_POST = 30;
export const MAX_PHOTOS_PER_DESIGN = 10;

/** Phone forms send "" for a field left blank; blank means "use the default". */
const blankAsMissing = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const newDesignSchema = z.object({
  photoIds: z
    .array(idSchema)
    .min(1, "Each design needs at least one photo.")
    .max(MAX_PHOTOS_PER_DESIGN, `A design can have up to ${MAX_PHOTOS_PER_DESIGN} photos.`),
  code: z.preprocess(blankAsMissing, designCodeSchema.optional()),
  title: z.preprocess(blankAsMissing, designTitleSchema.optional()),
  pricePerPiecePaise: pricePerPiecePaiseSchema.default(0),
  setComposition: setCompositionSchema.default([]),
  soldLoose: z.boolean().default(false),
  colours: coloursSchema.default([]),
  minimumSets: minimumSetsSchema.default(1),
});

export const postDesignsSchema = z
  .object({
    conversationId: idSchema,
    clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "The post id from the app is not valid."),
    caption: z.preprocess(
      blankAsMissing,
      z.string().trim().max(MAX_MESSAGE_LENGTH, `A caption can be up to ${groupIndian(MAX_MESSAGE_LENGTH)} characters.`).optional(),
    ),
    designs: z
      .array(newDesignSchema)
      .min(1, "Choose at least one photo.")
      .max(MAX_DESIGNS_PER_POST, `Post up to ${MAX_DESIGNS_PER_POST} designs at a time.`),
  })
  .superRefine((post, context) => {
    const photoIds = post.designs.flatMap((design) => design.photoIds);
    if (new Set(photoIds).size !== photoIds.length) context.addIssue({ code: "custom", path: ["designs"], message: "A photo can be in only one design." });
    const codes = post.designs.flatMap((design) => (design.code ? [design.code] : []));
    if (new Set(codes).size !== codes.length) context.addIssue({ code: "custom", path: ["designs"], message: "Two designs in this post have the same code." });
  });

export interface PostedDesigns {
  id: string;
  seq: number;
  conversationId: string;
  designs: { id: string; code: string }[];
}

export async function postDesigns(actor: Actor, input: unknown): Promise<PostedDesigns> {
  const data = parseInput(postDesignsSchema, input);
  const db = getDb();
  const conversation = await db.conversation.findFirst({
    where: { id: data.conversationId, business: businessOfMember(actor.id) },
    select: { id: true, businessId: true },
  });
  if (!conversation) throw notFound("That conversation");

  const repeat = await findPosted(db, actor.id, data.clientId, conversation.id);
  if (repeat) return repeat;

  let created: { posted: PostedDesigns; announce: Announce };
  try {
    created = await db.$transaction(
      async (tx) => {
        // The business row lock serialises posts (and uploads) of one business: design numbers are
        // handed out without gaps or duplicates, and a second copy of this post waits here, then
        // finds the first copy's message below.
        const business = await tx.business.update({ where: { id: conversation.businessId }, data: { updatedAt: new Date() }, select: { nextDesignNumber: true } });
        const again = await findPosted(tx, actor.id, data.clientId, conversation.id);
        if (again) return { posted: again, announce: announceNothing };
        const posted = await writePost(tx, actor, conversation, business.nextDesignNumber, data);
        return { posted, announce: await recordMessagePosted(tx, conversation.id, { id: posted.id, seq: posted.seq, authorId: actor.id }) };
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
  } catch (error) {
    // Whatever refused the loser of a race (a photo already attached, a unique index), the
    // winner's post is the answer when it is there.
    const winner = await findPosted(db, actor.id, data.clientId, conversation.id);
    if (winner) return winner;
    throw error;
  }
  await created.announce();
  return created.posted;
}

type PostInput = z.infer<typeof postDesignsSchema>;

async function writePost(tx: Tx, actor: Actor, conversation: { id: string; businessId: string }, nextDesignNumber: number, data: PostInput): Promise<PostedDesigns> {
  const businessId = conversation.businessId;
  await checkPhotos(tx, businessId, data.designs.flatMap((design) => design.photoIds));

  const chosen = data.designs.flatMap((design) => (design.code ? [design.code] : []));
  const taken = await tx.design.findFirst({ where: { businessId, code: { in: chosen } }, select: { code: true } });
  if (taken) throw new AppError("CONFLICT", `The code ${taken.code} is already used by another design. Choose another code or leave it blank.`, { key: "codeTakenChooseAnother", values: { code: taken.code } });
  const needed = data.designs.filter((design) => !design.code).length;
  const allocated = await allocateCodes(tx, businessId, nextDesignNumber, needed, new Set(chosen));
  if (allocated.next !== nextDesignNumber) await tx.business.update({ where: { id: businessId }, data: { nextDesignNumber: allocated.next } });

  const now = Date.now();
  const designs: { id: string; code: string }[] = [];
  for (const [index, input] of data.designs.entries()) {
    const code = input.code ?? allocated.codes.shift()!;
    // Untitled: screens say it in the reader's language (components/designs/use-design-title.ts).
    const title = input.title ?? untitledDesignTitle(code);
    const design = await tx.design.create({
      data: {
        businessId,
        code,
        title,
        pricePerPiecePaise: input.pricePerPiecePaise,
        setComposition: input.setComposition,
        soldLoose: input.soldLoose,
        colours: input.colours,
        minimumSets: input.minimumSets,
        searchText: designSearchText({ code, title, colours: input.colours }),
        createdById: actor.id,
        // A millisecond apart, newest first: the catalog then lists a post in the album's order.
        createdAt: new Date(now - index),
      },
      select: { id: true, code: true },
    });
    for (const [position, photoId] of input.photoIds.entries()) {
      // Guarded by designId: null, so a photo can never move from one design to another.
      const attached = await tx.designPhoto.updateMany({ where: { id: photoId, businessId, designId: null, quickReplies: { none: {} }, messages: { none: {} } }, data: { designId: design.id, position } });
      if (attached.count !== 1) throw photoAlreadyPosted();
    }
    designs.push(design);
  }

  const message = await appendMessage(tx, {
    conversationId: conversation.id,
    authorId: actor.id,
    kind: "DESIGN_POST",
    body: data.caption ?? null,
    clientId: data.clientId,
    preview: albumPreview(designs.length, designs[0]!.code),
    previewLine: albumPreviewLine(designs.length, designs[0]!.code),
  });
  await tx.messageDesign.createMany({ data: designs.map((design, position) => ({ messageId: message.id, designId: design.id, position })) });
  return { id: message.id, seq: message.seq, conversationId: conversation.id, designs };
}

/** Every photo must be this business's and not yet in a design. */
async function checkPhotos(tx: Tx, businessId: string, photoIds: string[]): Promise<void> {
  const photos = await tx.designPhoto.findMany({ where: { id: { in: photoIds }, businessId }, select: { designId: true } });
  if (photos.length !== photoIds.length) throw new AppError("NOT_FOUND", "One of the photos was not found. Upload it again.");
  if (photos.some((photo) => photo.designId !== null)) throw photoAlreadyPosted();
}

function photoAlreadyPosted(): AppError {
  return new AppError("CONFLICT", "One of these photos is already in a posted design. Upload it again to post it as a new design.");
}

/**
 * The next `count` free codes from the business's counter, skipping codes someone typed by hand
 * (in the catalog or in this post). Returns the counter's new value.
 */
async function allocateCodes(tx: Tx, businessId: string, start: number, count: number, reserved: Set<string>): Promise<{ codes: string[]; next: number }> {
  const codes: string[] = [];
  let next = start;
  while (codes.length < count) {
    const window = Array.from({ length: count - codes.length + 8 }, (_, offset) => formatDesignCode(next + offset));
    const used = new Set((await tx.design.findMany({ where: { businessId, code: { in: window } }, select: { code: true } })).map((d) => d.code));
    for (const code of window) {
      if (codes.length === count) break;
      next += 1;
      if (!used.has(code) && !reserved.has(code)) codes.push(code);
    }
  }
  return { codes, next };
}

async function findPosted(db: Db | Tx, authorId: string, clientId: string, conversationId: string): Promise<PostedDesigns | null> {
  const message = await db.message.findUnique({
    where: { authorId_clientId: { authorId, clientId } },
    select: { id: true, seq: true, conversationId: true, kind: true, designs: { orderBy: { position: "asc" }, select: { design: { select: { id: true, code: true } } } } },
  });
  if (!message) return null;
  if (message.conversationId !== conversationId || message.kind !== "DESIGN_POST") {
    throw new AppError("CONFLICT", "That post id was already used for another message.");
  }
  return { id: message.id, seq: message.seq, conversationId, designs: message.designs.map((row) => row.design) };
}
