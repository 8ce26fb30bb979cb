// Seeds the demo business (see demo-data.ts) into an empty database: people, conversations,
// a dozen designs with generated photos through the real photo pipeline, chat history and
// orders in several states. Does nothing when the demo owner already exists; all rows are
// written in one transaction, so a failed seed leaves nothing behind and can simply be re-run.
import { systemLine } from "@/lib/i18n/system-line";
import { hashPassword } from "@/lib/auth/password";
import type { Db, Tx } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/sqlite/enums";
import { appendMessage } from "@/lib/messages/append-message";
import { processPhoto, storeProcessedPhoto, variantRow, type ProcessedPhoto } from "@/lib/photos/process-photo";
import type { PhotoStorage } from "@/lib/storage/photo-storage";
import { DEMO_BUSINESS_NAME, DEMO_PASSWORD, demoDesigns, demoPeople, type DemoDesign } from "./demo-data";
import { renderGarmentPhoto } from "./garment-photo";
import { refreshOrderSearchText } from "@/lib/search/order-search-text";

const DAY = 24 * 60 * 60 * 1000;

const IST_OFFSET = 5.5 * 60 * 60 * 1000;

/** `hour` o'clock in India, `days` days ago; never in the future (early in the day, "today at
 * 10:00" becomes a few minutes ago). */
function daysAgo(days: number, hour = 11): Date {
  const now = Date.now();
  const indiaMidnight = Math.floor((now + IST_OFFSET) / DAY) * DAY - IST_OFFSET;
  const at = indiaMidnight - days * DAY + hour * 60 * 60 * 1000;
  return new Date(Math.min(at, now - (24 - hour) * 60 * 1000));
}

function piecesPerSet(design: DemoDesign): number {
  return design.sizes.reduce((sum, size) => sum + size.ratio, 0);
}

/** Renders, processes and stores one photo per demo design (before the transaction: slow work). */
async function makeDemoPhotos(storage: PhotoStorage): Promise<ProcessedPhoto[]> {
  const photos = [];
  for (const [index, demo] of demoDesigns.entries()) {
    const photo = await processPhoto(await renderGarmentPhoto({ seed: index + 1, ...demo.photo }));
    await storeProcessedPhoto(photo, storage);
    photos.push(photo);
  }
  return photos;
}

async function createDesigns(tx: Tx, photos: ProcessedPhoto[], businessId: string, ownerId: string) {
  const designs = [];
  for (const [index, demo] of demoDesigns.entries()) {
    const code = `D-${String(index + 1).padStart(4, "0")}`;
    const photo = photos[index]!;
    const design = await tx.design.create({
      data: {
        businessId,
        code,
        title: demo.title,
        pricePerPiecePaise: demo.rupees * 100,
        setComposition: demo.sizes,
        colours: demo.colours,
        minimumSets: demo.minimumSets,
        searchText: [code, demo.title, ...demo.colours].join(" ").toLowerCase(),
        createdById: ownerId,
        createdAt: daysAgo(12 - index / 2),
        photos: {
          create: {
            businessId,
            width: photo.width,
            height: photo.height,
            placeholder: photo.placeholder,
            contentHash: photo.contentHash,
            uploadedById: ownerId,
            variants: { create: photo.variants.map(variantRow) },
          },
        },
      },
      select: { id: true, code: true, title: true, pricePerPiecePaise: true },
    });
    designs.push({ ...design, demo });
  }
  return designs;
}

type SeededDesign = Awaited<ReturnType<typeof createDesigns>>[number];

interface DemoOrderSpec {
  number: number;
  status: OrderStatus;
  lines: Array<{ design: SeededDesign; colour: string; sets: number }>;
  placedDaysAgo: number;
}

const statusPath: OrderStatus[] = ["PLACED", "ACCEPTED", "PACKED", "DISPATCHED", "DELIVERED"];

async function createOrder(tx: Tx, ids: { businessId: string; conversationId: string; buyerId: string; ownerId: string }, spec: DemoOrderSpec) {
  const lines = spec.lines.map((line, position) => {
    const pieces = line.sets * piecesPerSet(line.design.demo);
    return {
      position,
      designId: line.design.id,
      code: line.design.code,
      title: line.design.title,
      colour: line.colour,
      sets: line.sets,
      pieces,
      pricePerPiecePaise: line.design.pricePerPiecePaise,
      totalPaise: pieces * line.design.pricePerPiecePaise,
    };
  });
  const totalPaise = lines.reduce((sum, line) => sum + line.totalPaise, 0);
  const placedAt = daysAgo(spec.placedDaysAgo, 12);
  const reached = statusPath.slice(0, statusPath.indexOf(spec.status) + 1);
  const order = await tx.order.create({
    data: {
      businessId: ids.businessId,
      conversationId: ids.conversationId,
      buyerId: ids.buyerId,
      number: spec.number,
      status: spec.status,
      totalPaise,
      totalPieces: lines.reduce((sum, line) => sum + line.pieces, 0),
      paidPaise: reached.includes("PACKED") ? totalPaise : 0,
      idempotencyKey: `demo-order-${spec.number}`,
      createdAt: placedAt,
      ...(reached.includes("DISPATCHED") ? { transporter: "VRL Logistics", lrNumber: `VRL${spec.number}8841`, parcels: 2 } : {}),
      lines: { create: lines },
      events: {
        create: reached.map((type, step) => ({ type, actorId: type === "PLACED" ? ids.buyerId : ids.ownerId, createdAt: new Date(placedAt.getTime() + step * DAY / 2) })),
      },
      ...(reached.includes("PACKED")
        ? { payments: { create: { amountPaise: totalPaise, method: "UPI", reference: `UPI-${spec.number}-4471`, recordedById: ids.ownerId, receivedAt: new Date(placedAt.getTime() + DAY / 2) } } }
        : {}),
    },
    select: { id: true, number: true },
  });
  await refreshOrderSearchText(tx, order.id);
  const rupees = (totalPaise / 100).toLocaleString("en-IN");
  await appendMessage(tx, { conversationId: ids.conversationId, authorId: ids.buyerId, kind: "ORDER", orderId: order.id, body: `Order #${order.number} confirmed: Rs ${rupees}`, preview: `Order #${order.number} confirmed`, clientId: `demo-order-card-${order.number}`, createdAt: placedAt });
  for (const [step, type] of reached.slice(1).entries()) {
    const said = systemLine("orderStep", { number: order.number, status: type });
    await appendMessage(tx, { conversationId: ids.conversationId, authorId: null, kind: "SYSTEM", orderId: order.id, body: said.text, preview: said.text, meta: { line: said.line }, clientId: `demo-order-${order.number}-${type}`, createdAt: new Date(placedAt.getTime() + (step + 1) * DAY / 2) });
  }
}

export async function seedDemo(db: Db, storage: PhotoStorage): Promise<{ seeded: boolean }> {
  const existing = await db.user.findUnique({ where: { phone: demoPeople.owner.phone }, select: { id: true } });
  if (existing) return { seeded: false };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const photos = await makeDemoPhotos(storage);
  // One transaction: a crash half-way leaves no partial demo that would block the next attempt.
  await db.$transaction((tx) => seedPeopleAndHistory(tx, photos, passwordHash), { timeout: 120_000, maxWait: 30_000 });
  return { seeded: true };
}

async function seedPeopleAndHistory(tx: Tx, photos: ProcessedPhoto[], passwordHash: string): Promise<void> {
  const owner = await tx.user.create({ data: { ...demoPeople.owner, passwordHash }, select: { id: true } });
  const staff = await tx.user.create({ data: { ...demoPeople.staff, passwordHash }, select: { id: true } });
  const business = await tx.business.create({
    data: {
      name: DEMO_BUSINESS_NAME,
      nextDesignNumber: demoDesigns.length + 1,
      nextOrderNumber: 1005,
      members: { create: [{ userId: owner.id, role: "OWNER" }, { userId: staff.id, role: "STAFF" }] },
    },
    select: { id: true },
  });
  const designs = await createDesigns(tx, photos, business.id, owner.id);
  const design = (index: number) => designs[index]!;

  const orderPlans: DemoOrderSpec[][] = [
    [
      { number: 1001, status: "DELIVERED", placedDaysAgo: 8, lines: [{ design: design(0), colour: "Red", sets: 3 }, { design: design(2), colour: "Navy", sets: 4 }] },
      { number: 1004, status: "PLACED", placedDaysAgo: 0, lines: [{ design: design(5), colour: "Gold", sets: 2 }] },
    ],
    [{ number: 1002, status: "DISPATCHED", placedDaysAgo: 5, lines: [{ design: design(1), colour: "Mint", sets: 2 }, { design: design(3), colour: "Teal", sets: 2 }, { design: design(6), colour: "Lilac", sets: 3 }] }],
    [{ number: 1003, status: "ACCEPTED", placedDaysAgo: 2, lines: [{ design: design(4), colour: "Indigo", sets: 2 }] }],
  ];

  for (const [index, person] of demoPeople.buyers.entries()) {
    const buyer = await tx.user.create({ data: { ...person, passwordHash }, select: { id: true } });
    const conversation = await tx.conversation.create({ data: { businessId: business.id, buyerId: buyer.id, createdAt: daysAgo(10) }, select: { id: true } });
    const ids = { businessId: business.id, conversationId: conversation.id, buyerId: buyer.id, ownerId: owner.id };
    const say = (authorId: string | null, body: string, days: number, hour: number, key: string, parentId?: string) =>
      appendMessage(tx, { conversationId: conversation.id, authorId, kind: authorId ? "TEXT" : "SYSTEM", body, preview: body, clientId: `demo-${index}-${key}`, parentId, createdAt: daysAgo(days, hour) });

    await say(null, `${person.name} joined through an invite link`, 10, 10, "joined");
    const post = await appendMessage(tx, { conversationId: conversation.id, authorId: owner.id, kind: "DESIGN_POST", body: "New festive collection is here 🪔", preview: "📷 4 designs", clientId: `demo-${index}-post-1`, createdAt: daysAgo(9, 10) });
    await tx.messageDesign.createMany({ data: [0, 1, 2, 3].map((position) => ({ messageId: post.id, designId: design(position + index).id, position })) });
    const question = await say(buyer.id, "Is the red available in XL only? Need 2 extra XL per set", 9, 12, "q1", post.id);
    await say(staff.id, "Sets only for now, ji. Next lot has XL packs 👍", 9, 13, "a1", question.id);
    for (const spec of orderPlans[index] ?? []) await createOrder(tx, ids, spec);
    // After today's order (placed at 12:00): a chat's clock never runs backwards.
    await say(owner.id, index === 0 ? "Thank you Meena ji! Your Gold order is in the queue." : "New designs coming this Friday.", 0, 13, "latest");
    if (index === 1) {
      // The newest word is the buyer's, so the supplier's list shows an unread badge.
      await say(buyer.id, "Please share the LR copy 🙏", 0, 14, "lr");
      continue;
    }
    // The buyer has read everything but the latest line, so their list shows an unread badge.
    const last = await tx.conversation.findUniqueOrThrow({ where: { id: conversation.id }, select: { lastSeq: true } });
    await tx.readState.upsert({
      where: { conversationId_userId: { conversationId: conversation.id, userId: buyer.id } },
      create: { conversationId: conversation.id, userId: buyer.id, lastReadSeq: last.lastSeq - 1, lastDeliveredSeq: last.lastSeq },
      update: { lastReadSeq: last.lastSeq - 1, lastDeliveredSeq: last.lastSeq },
    });
  }
}
