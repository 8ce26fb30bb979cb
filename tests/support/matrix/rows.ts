// The authorization matrix: one row for every route handler and server action in app/, saying
// what each role must be answered. tests/integration/authorization-matrix.test.ts fails when a
// route or action has no row here, calls each row as each role against real data, and checks the
// answer, that nothing of another party is in it, and that a refused write changed no row.
//
// Roles (tests/support/matrix/world.ts): anonymous; buyer = the buyer of the conversation the
// row names; otherBuyer = another buyer of the same business; staff and owner of that business;
// outsider = the owner of another business.
//
// Each `call` runs just before its role's request and makes what that one request needs (a fresh
// pick to change, an order to accept), so one role's allowed write never decides another's answer.
import { createECDH, randomBytes, randomInt } from "node:crypto";
import { expect } from "vitest";
import { getDb } from "@/lib/db";
import { createInvoice } from "@/lib/invoices/create-invoice";
import { acceptOrder } from "@/lib/orders/accept-order";
import { confirmOrder } from "@/lib/orders/confirm-order";
import { createPick } from "@/lib/picks/create-pick";
import { createDesign } from "../order-factories";
import { newClientId, uploadTestPhoto } from "../design-factories";
import { createInviteToken, TEST_PASSWORD, uniquePhone } from "../factories";
import { buyerBilling, giveGstProfile, validGstin } from "../gst-factories";
import { textPdf } from "../pdf-files";
import { smallJpeg } from "../photo-files";
import type { Role, World } from "./world";

/** A route's answer: its HTTP status. */
export type RouteExpect = Record<Role, number>;
/** An action's answer: "ok", the AppError code it refused with, "refused" (an action with its own
 * failure shape), "login" (sent to log in) or "redirect" (sent on, having worked). */
export type ActionOutcome = "ok" | "login" | "redirect" | "refused" | "NOT_FOUND" | "FORBIDDEN" | "INVALID" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED";

export interface RouteCall {
  params?: Record<string, string | string[]>;
  query?: Record<string, string>;
  json?: unknown;
  bytes?: { data: Buffer; type: string };
}

export interface RouteRow {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The route as app/ names it, e.g. /api/picks/[pickId]. */
  route: string;
  call: (world: World, role: Role) => RouteCall | Promise<RouteCall>;
  expect: RouteExpect;
  /** The answer streams until closed (the event stream): only its status is read. */
  streams?: boolean;
  /** A further check after each call (a row of someone else's was left alone, what the answer
   * says), and the place to tidy what the call made. */
  after?: (world: World, role: Role, call: RouteCall, answer: { status: number; body: string }) => Promise<void>;
}

export interface ActionRow {
  /** The "use server" file, e.g. app/orders/actions.ts, and the exported action. */
  file: string;
  action: string;
  args: (world: World, role: Role) => unknown[] | Promise<unknown[]>;
  expect: Record<Role, ActionOutcome>;
}

// Answers that repeat across rows.
const everyone = (status: number): RouteExpect => ({ anonymous: status, buyer: status, otherBuyer: status, staff: status, owner: status, outsider: status });
const signedIn = (ok: number): RouteExpect => ({ anonymous: 401, buyer: ok, otherBuyer: ok, staff: ok, owner: ok, outsider: ok });
/** The buyer's conversation: its buyer and the business's members; 404 for everyone else. */
const inConversation = (ok: number): RouteExpect => ({ anonymous: 401, buyer: ok, otherBuyer: 404, staff: ok, owner: ok, outsider: 404 });
/** A business's team (the outsider is a member of another business, refused by the service). */
const team = (ok: number): RouteExpect => ({ anonymous: 401, buyer: 403, otherBuyer: 403, staff: ok, owner: ok, outsider: 404 });
const actionFor = (ok: ActionOutcome, denied: Partial<Record<Role, ActionOutcome>>): Record<Role, ActionOutcome> => ({
  anonymous: "login",
  buyer: ok,
  otherBuyer: ok,
  staff: ok,
  owner: ok,
  outsider: ok,
  ...denied,
});

const person = () => ({ name: "Matrix Person", phone: uniquePhone(), password: TEST_PASSWORD });
/** A browser's push subscription: a P-256 public key and a 16-byte secret. No push reaches it:
 * each row removes the devices it made before a message could be sent to them. */
const subscription = () => ({
  endpoint: `https://fcm.googleapis.com/fcm/send/matrix-${newClientId()}`,
  keys: { p256dh: createECDH("prime256v1").generateKeys("base64url"), auth: randomBytes(16).toString("base64url") },
});
/** A label of the world's business, for one call to change or remove. */
const freshLabel = (world: World) => getDb().label.create({ data: { businessId: world.business.id, name: "Matrix label", nameKey: `matrix ${newClientId()}`, colour: "grey" } });
const removeDevice = (call: RouteCall) => getDb().pushSubscription.deleteMany({ where: { endpoint: (call.json as { endpoint: string }).endpoint } });

/** An order of the buyer's, placed just now (so each role gets a PLACED one to act on). */
async function freshOrder(world: World): Promise<string> {
  await createPick(world.people.buyer, { conversationId: world.conversationId, designId: world.designId, clientId: newClientId(), sets: 1 });
  return (await confirmOrder(world.people.buyer, { conversationId: world.conversationId, idempotencyKey: newClientId() })).id;
}

async function freshPick(world: World): Promise<string> {
  return (await createPick(world.people.buyer, { conversationId: world.conversationId, designId: world.designId, clientId: newClientId(), sets: 1 })).id;
}

export const routeRows: RouteRow[] = [
  // next-auth's own handler: anyone may ask who they are, and is told only that.
  {
    method: "GET",
    route: "/api/auth/[...nextauth]",
    call: () => ({ params: { nextauth: ["session"] } }),
    expect: everyone(200),
    after: async (world, role, _call, { body }) => {
      const named = (JSON.parse(body) as { user?: { name?: string } }).user?.name;
      if (named !== (role === "anonymous" ? undefined : world.people[role].name)) throw new Error(`The session of ${role} names ${named}`);
    },
  },
  // Logging in (its limits: tests/integration/login-limits.test.ts); here, its client log endpoint.
  { method: "POST", route: "/api/auth/[...nextauth]", call: () => ({ params: { nextauth: ["_log"] }, json: {} }), expect: everyone(200) },

  { method: "GET", route: "/api/conversations", call: () => ({}), expect: signedIn(200) },
  { method: "GET", route: "/api/events", call: () => ({}), expect: signedIn(200), streams: true },
  { method: "GET", route: "/api/orders", call: () => ({}), expect: signedIn(200) },
  { method: "GET", route: "/api/push/ask", call: () => ({}), expect: signedIn(200) },
  { method: "GET", route: "/api/push/key", call: () => ({}), expect: { ...signedIn(200), anonymous: 200 } },
  { method: "POST", route: "/api/push/subscriptions", call: () => ({ json: subscription() }), expect: signedIn(201), after: async (_world, _role, call) => void (await removeDevice(call)) },
  {
    method: "DELETE",
    route: "/api/push/subscriptions",
    // Everyone names the buyer's device: only the buyer's own call removes it; for anyone else it
    // is not found.
    call: async (world) => {
      const device = subscription();
      await getDb().pushSubscription.create({ data: { userId: world.people.buyer.id, endpoint: device.endpoint, p256dh: device.keys.p256dh, auth: device.keys.auth, label: "Phone" } });
      return { json: { endpoint: device.endpoint } };
    },
    expect: { ...signedIn(404), buyer: 204 },
    after: async (_world, role, call) => {
      const left = (await removeDevice(call)).count;
      if (left !== (role === "buyer" ? 0 : 1)) throw new Error(`${role} removing the buyer's device left ${left}`);
    },
  },
  { method: "POST", route: "/api/push/viewing", call: (world) => ({ json: { tabId: newClientId(), conversationId: world.conversationId, visible: true, sentAt: Date.now() } }), expect: signedIn(204) },

  { method: "GET", route: "/api/conversations/[conversationId]/messages", call: (world) => ({ params: { conversationId: world.conversationId } }), expect: inConversation(200) },
  {
    method: "POST",
    route: "/api/conversations/[conversationId]/messages",
    call: (world) => ({ params: { conversationId: world.conversationId }, json: { clientId: newClientId(), body: "Is the red one in stock?" } }),
    expect: inConversation(201),
  },
  { method: "POST", route: "/api/conversations/[conversationId]/receipts", call: (world) => ({ params: { conversationId: world.conversationId }, json: { readSeq: 1 } }), expect: inConversation(200) },
  { method: "GET", route: "/api/conversations/[conversationId]/tray", call: (world) => ({ params: { conversationId: world.conversationId } }), expect: inConversation(200) },
  { method: "PUT", route: "/api/conversations/[conversationId]/mute", call: (world) => ({ params: { conversationId: world.conversationId }, json: { muted: true } }), expect: inConversation(200) },
  {
    method: "POST",
    route: "/api/conversations/[conversationId]/picks",
    call: (world) => ({ params: { conversationId: world.conversationId }, json: { designId: world.designId, clientId: newClientId(), sets: 1 } }),
    expect: { ...inConversation(201), staff: 403, owner: 403 },
  },
  {
    method: "POST",
    route: "/api/conversations/[conversationId]/orders",
    call: async (world) => {
      await freshPick(world);
      return { params: { conversationId: world.conversationId }, json: { idempotencyKey: newClientId() } };
    },
    expect: { ...inConversation(201), staff: 403, owner: 403 },
  },
  {
    method: "POST",
    route: "/api/conversations/[conversationId]/designs",
    call: async (world) => {
      const photo = await uploadTestPhoto(world.people.owner, world.business.id);
      return { params: { conversationId: world.conversationId }, json: { clientId: newClientId(), designs: [{ photoIds: [photo.photoId], title: "Matrix print" }] } };
    },
    expect: { ...inConversation(201), buyer: 403 },
  },

  {
    method: "POST",
    route: "/api/conversations/[conversationId]/documents",
    call: (world) => ({ params: { conversationId: world.conversationId }, query: { clientId: newClientId(), name: "Matrix rates.pdf" }, bytes: { data: textPdf("Matrix rates", 1), type: "application/pdf" } }),
    expect: inConversation(201),
  },

  { method: "GET", route: "/api/designs/[designId]", call: (world) => ({ params: { designId: world.designId } }), expect: inConversation(200) },
  { method: "GET", route: "/api/orders/[orderId]", call: (world) => ({ params: { orderId: world.orderId } }), expect: inConversation(200) },
  {
    method: "POST",
    route: "/api/orders/[orderId]",
    call: async (world) => ({ params: { orderId: await freshOrder(world) }, json: { action: "accept" } }),
    expect: { ...inConversation(200), buyer: 403 },
  },
  {
    method: "PATCH",
    route: "/api/picks/[pickId]",
    call: async (world) => ({ params: { pickId: await freshPick(world) }, json: { sets: 2 } }),
    expect: { ...inConversation(200), staff: 404, owner: 404 },
  },
  {
    method: "DELETE",
    route: "/api/picks/[pickId]",
    call: async (world) => ({ params: { pickId: await freshPick(world) } }),
    expect: { ...inConversation(200), staff: 404, owner: 404 },
  },

  { method: "POST", route: "/api/photos", call: async (world) => ({ query: { businessId: world.business.id, clientId: newClientId() }, bytes: { data: await smallJpeg(randomInt(1, 1e6), 240, 300), type: "image/jpeg" } }), expect: team(201) },
  {
    method: "POST",
    route: "/api/broadcasts",
    call: (world) => ({ json: { businessId: world.business.id, clientId: newClientId(), designIds: [world.designId], buyerIds: [world.people.buyer.id] } }),
    expect: team(201),
  },
  { method: "GET", route: "/chats/[conversationId]/statement/csv", call: (world) => ({ params: { conversationId: world.conversationId } }), expect: inConversation(200) },
  { method: "GET", route: "/orders/export", call: (world) => ({ query: { businessId: world.business.id } }), expect: team(200) },
  { method: "GET", route: "/api/quick-replies", call: (world) => ({ query: { businessId: world.business.id } }), expect: team(200) },
  // Signed out, a photo is as missing as one that is not yours.
  {
    method: "GET",
    route: "/photos/[key]",
    call: (world) => ({ params: { key: world.photoKey } }),
    expect: { ...inConversation(200), anonymous: 404 },
    // A PDF sent in the chat goes through the same route, to the same people.
    after: async (world, _role, _call, answer) => {
      const { callRoute } = await import("./call");
      const row = routeRows.find((r) => r.route === "/photos/[key]")!;
      const document = await callRoute(await import("@/app/photos/[key]/route"), row, { params: { key: world.documentKey } });
      expect(document.status).toBe(answer.status);
    },
  },
];

export const actionRows: ActionRow[] = [
  // A buyer's shop team: only the buyer invites and removes; everyone else is told not found.
  {
    file: "app/chats/[conversationId]/team/actions.ts",
    action: "createTeamInviteAction",
    args: (world) => [{ conversationId: world.conversationId }],
    expect: actionFor("NOT_FOUND", { buyer: "ok" }),
  },
  {
    file: "app/chats/[conversationId]/team/actions.ts",
    action: "removeTeamMemberAction",
    args: async (world) => {
      const colleague = await getDb().user.create({ data: { name: "Matrix colleague", phone: uniquePhone(), passwordHash: "x" }, select: { id: true } });
      await getDb().buyerTeamMember.create({ data: { ownerId: world.people.buyer.id, userId: colleague.id } });
      return [{ conversationId: world.conversationId, userId: colleague.id }];
    },
    expect: actionFor("NOT_FOUND", { buyer: "ok" }),
  },
  { file: "app/catalog/actions.ts", action: "loadMoreDesignsAction", args: (world) => [{ businessId: world.business.id }], expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }) },
  {
    file: "app/catalog/[designId]/actions.ts",
    action: "updateDesignDetailsAction",
    args: (world) => [{ designId: world.designId, form: { code: "D-0001", title: `Secret Silk ${world.tag}`, price: "450", sizes: "", colours: "", minimumSets: "1" } }],
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/catalog/[designId]/actions.ts",
    action: "archiveDesignAction",
    args: async (world) => [{ designId: (await createDesign(world.business.id, world.people.owner.id)).id }],
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/catalog/[designId]/actions.ts",
    action: "restoreDesignAction",
    args: async (world) => [{ designId: (await createDesign(world.business.id, world.people.owner.id, { archived: true })).id }],
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/broadcasts/actions.ts",
    action: "sendBroadcastAction",
    args: (world) => [{ businessId: world.business.id, clientId: newClientId(), designIds: [world.designId], buyerIds: [world.people.buyer.id] }],
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/business/labels/actions.ts",
    action: "saveLabelAction",
    args: (world) => [{ businessId: world.business.id, name: `Matrix ${newClientId().slice(0, 12)}`, colour: "teal" }],
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/business/labels/actions.ts",
    action: "deleteLabelAction",
    args: async (world) => [{ businessId: world.business.id, labelId: (await freshLabel(world)).id }],
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/business/labels/actions.ts",
    action: "setLabelBuyersAction",
    args: async (world) => [{ businessId: world.business.id, labelId: (await freshLabel(world)).id, conversationIds: [world.conversationId, world.otherConversationId] }],
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/settings/quick-replies/actions.ts",
    action: "saveQuickReplyAction",
    args: (world) => [{ businessId: world.business.id, title: `Matrix ${newClientId()}`, text: "Bank details" }],
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/settings/quick-replies/actions.ts",
    action: "deleteQuickReplyAction",
    args: async (world) => {
      const reply = await getDb().quickReply.create({ data: { businessId: world.business.id, title: "Matrix reply", titleKey: `matrix ${newClientId()}`, text: "x" } });
      return [{ businessId: world.business.id, id: reply.id }];
    },
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/business/invites/actions.ts",
    action: "createInviteAction",
    // A staff invite: owners only.
    args: (world) => [{ businessId: world.business.id, kind: "STAFF" }],
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", staff: "NOT_FOUND", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/business/invites/actions.ts",
    action: "revokeInviteAction",
    args: async (world) => [{ inviteId: (await createInviteToken(world.people.owner, world.business.id)).id }],
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/orders/actions.ts",
    action: "orderAgainAction",
    args: async (world) => {
      const form = new FormData();
      form.set("orderId", await freshOrder(world));
      form.set("clientId", newClientId());
      return [null, form];
    },
    expect: actionFor("refused", { buyer: "redirect" }),
  },
  {
    file: "app/settings/gst/actions.ts",
    action: "saveGstProfileAction",
    // The business's legal identity: its owner only.
    args: (world) => [{ businessId: world.business.id, legalName: "Matrix Traders", address: "Shop 1, Ring Road, Surat 395002", stateCode: "24", gstin: validGstin("24"), invoicePrefix: "MX", defaultHsnCode: "6204" }],
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", staff: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/settings/gst/actions.ts",
    action: "setRatePeriodAction",
    // The business's tax rate: its owner only.
    args: async (world) => {
      await giveGstProfile(world.business.id);
      return [{ businessId: world.business.id, from: "2099-01-01", oneRate: true, rate: "5" }];
    },
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", staff: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/settings/gst/actions.ts",
    action: "garmentRuleAgainAction",
    args: async (world) => {
      await giveGstProfile(world.business.id);
      return [{ businessId: world.business.id }];
    },
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", staff: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/orders/[orderId]/invoice/actions.ts",
    action: "createInvoiceAction",
    args: async (world) => {
      await giveGstProfile(world.business.id);
      const orderId = await freshOrder(world);
      await acceptOrder(world.people.owner, { orderId });
      return [{ orderId, buyer: buyerBilling("27") }];
    },
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/orders/[orderId]/invoice/actions.ts",
    action: "sendInvoicePdfAction",
    args: async (world) => {
      await giveGstProfile(world.business.id);
      const orderId = await freshOrder(world);
      await acceptOrder(world.people.owner, { orderId });
      await createInvoice(world.people.owner, { orderId, buyer: buyerBilling("24") });
      return [{ orderId }];
    },
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/chats/[conversationId]/statement/actions.ts",
    action: "sendPaymentReminderAction",
    args: async (world) => {
      await giveGstProfile(world.business.id);
      await getDb().business.update({ where: { id: world.business.id }, data: { upiId: "matrix@okaxis" } });
      await acceptOrder(world.people.owner, { orderId: await freshOrder(world) });
      return [{ conversationId: world.conversationId, clientId: newClientId() }];
    },
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/chats/[conversationId]/statement/actions.ts",
    action: "setCreditLimitAction",
    // The business's risk: its owner only.
    args: (world) => {
      const form = new FormData();
      form.set("conversationId", world.conversationId);
      // Large enough that no other row's accept is ever asked about it.
      form.set("limit", "2,00,00,000");
      return [null, form];
    },
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", staff: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  {
    file: "app/settings/payments/actions.ts",
    action: "saveUpiIdAction",
    // Where the business's money goes: its owner only.
    args: (world) => [{ businessId: world.business.id, upiId: "matrix@okaxis" }],
    expect: actionFor("ok", { buyer: "FORBIDDEN", otherBuyer: "FORBIDDEN", staff: "FORBIDDEN", outsider: "NOT_FOUND" }),
  },
  { file: "app/settings/actions.ts", action: "logOutOtherDevicesAction", args: () => [], expect: actionFor("ok", {}) },
  { file: "app/settings/language/actions.ts", action: "chooseLanguageAction", args: () => [{ locale: "gu" }], expect: actionFor("ok", {}) },
  { file: "app/settings/language/actions.ts", action: "chooseLanguageOnThisDeviceAction", args: () => [{ locale: "hi" }], expect: actionFor("ok", { anonymous: "ok" }) },
  { file: "app/settings/actions.ts", action: "changePasswordAction", args: () => [{ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }], expect: actionFor("ok", {}) },
  { file: "app/signup/actions.ts", action: "signUpSupplierAction", args: () => [{ ...person(), businessName: "Matrix New Shop" }], expect: actionFor("ok", { anonymous: "ok" }) },
  {
    file: "app/invite/[token]/actions.ts",
    action: "signUpWithInviteAction",
    args: async (world) => [{ ...person(), token: (await createInviteToken(world.people.owner, world.business.id)).token }],
    expect: actionFor("ok", { anonymous: "ok" }),
  },
  {
    file: "app/invite/[token]/actions.ts",
    action: "acceptInviteAction",
    // An invite is a capability: whoever holds the link may join as a buyer; the business's own
    // team cannot become its buyers.
    args: async (world) => [(await createInviteToken(world.people.owner, world.business.id)).token],
    expect: actionFor("ok", { staff: "CONFLICT", owner: "CONFLICT" }),
  },
];
