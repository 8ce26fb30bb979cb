import { describe, expect, it } from "vitest";
import { listConversations } from "@/lib/conversations/list-conversations";
import { acceptInvite } from "@/lib/invites/accept-invite";
import { listMessages } from "@/lib/messages/list-messages";
import { postMessage } from "@/lib/messages/post-message";
import { createInviteToken, createSupplier, createUser } from "../support/factories";
import { clientId } from "../support/order-factories";

describe("the line that says a buyer joined", () => {
  it("is not unread for the buyer who joined, and is unread for the business", async () => {
    const { owner, business } = await createSupplier();
    const invite = await createInviteToken(owner, business.id);
    const buyer = await createUser({ name: "Kavya Kurtis" });
    const accepted = await acceptInvite(buyer, { token: invite.token });
    if (accepted.kind !== "BUYER") throw new Error("expected a buyer invite");

    const [row] = await listConversations(buyer);
    expect(row?.unread).toBe(0);
    const page = await listMessages(buyer, { conversationId: accepted.conversationId });
    expect(page.messages.at(-1)?.body).toBe("Kavya Kurtis joined through an invite link");
    expect(page.viewerReadSeq).toBe(page.messages.at(-1)?.seq);
    expect((await listConversations(owner))[0]?.unread).toBe(1);
  });

  it("leaves what the buyer had not read unread when they join again through a new link", async () => {
    const { owner, business } = await createSupplier();
    const buyer = await createUser({ name: "Meena Fashions" });
    const first = await acceptInvite(buyer, { token: (await createInviteToken(owner, business.id)).token });
    if (first.kind !== "BUYER") throw new Error("expected a buyer invite");
    await postMessage(owner, { conversationId: first.conversationId, clientId: clientId(), body: "New designs on Friday" });

    await acceptInvite(buyer, { token: (await createInviteToken(owner, business.id)).token });
    // Joining again does not mark the owner's message read: it and the line after it stay unread.
    expect((await listConversations(buyer))[0]?.unread).toBe(2);
  });
});
