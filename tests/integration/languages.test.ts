// Languages (issue 16, item 3): a person's choice is kept on their account and reaches the very
// next request; system lines are stored with their message key, so each reader's screen can say
// them in their language, on both read paths (the fast paths are compared with Prisma's in
// list-messages-fast-path.test.ts, on a chat that has these lines).
import { describe, expect, it } from "vitest";
import { actorFromCookies, parseCookieHeader } from "@/lib/auth/session-actor";
import { getDb } from "@/lib/db";
import { chooseLanguage } from "@/lib/i18n/choose-language";
import { listMessages } from "@/lib/messages/list-messages";
import { acceptOrder } from "@/lib/orders/accept-order";
import { markDispatched } from "@/lib/orders/mark-dispatched";
import { createUser } from "../support/factories";
import { createShop, placeOrder } from "../support/order-factories";
import { rejection } from "../support/rejection";
import { logInAs } from "../support/session-cookie";

describe("a person's language", () => {
  it("is kept on their account and named by their session at once", async () => {
    const user = await createUser();
    const device = await logInAs(user);
    const actor = await actorFromCookies(parseCookieHeader(device.cookie));
    expect(actor?.locale).toBeNull();
    expect(await chooseLanguage(actor!, { locale: "gu" })).toBe("gu");
    expect((await actorFromCookies(parseCookieHeader(device.cookie)))?.locale).toBe("gu");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).locale).toBe("gu");
  });

  it("must be one Chatalog speaks; anything else is refused and changes nothing", async () => {
    const user = await createUser();
    const device = await logInAs(user);
    const actor = (await actorFromCookies(parseCookieHeader(device.cookie)))!;
    for (const locale of ["fr", "", "HI", null, { locale: "hi" }]) {
      const error = await rejection(chooseLanguage(actor, { locale }));
      expect(error.code).toBe("INVALID");
    }
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).locale).toBeNull();
  });
});

describe("system lines", () => {
  it("keep English text for previews and search, and their key and values for each reader's screen", async () => {
    const shop = await createShop();
    const order = await placeOrder(shop);
    await acceptOrder(shop.owner, { orderId: order.id });
    await markDispatched(shop.staff, { orderId: order.id, transporter: "VRL Logistics", lrNumber: "LR-77", parcels: 2 });
    const page = await listMessages(shop.buyer, { conversationId: shop.conversation.id });
    const lines = page.messages.filter((m) => m.kind === "SYSTEM").map((m) => ({ body: m.body, line: m.line }));
    expect(lines).toEqual([
      { body: `Order #${order.number} accepted by ${shop.owner.name}`, line: { key: "orderAccepted", values: { number: order.number, name: shop.owner.name } } },
      {
        body: `Order #${order.number} dispatched by VRL Logistics, LR LR-77, 2 parcels`,
        line: { key: "orderDispatched", values: { number: order.number, transporter: "VRL Logistics", lr: "LR-77", parcels: 2 } },
      },
    ]);
    const preview = await getDb().conversation.findUniqueOrThrow({ where: { id: shop.conversation.id }, select: { lastMessagePreview: true } });
    expect(preview.lastMessagePreview).toBe(`Order #${order.number} dispatched by VRL Logistics, LR LR-77, 2 parcels`);
  });
});
