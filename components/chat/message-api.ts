// The browser side of the messages API (GET /api/conversations/[id]/messages).
import type { MessagePage } from "@/lib/messages/list-messages";

export async function fetchMessagePage(conversationId: string, query: { beforeSeq?: number; afterSeq?: number; threadOf?: string; messageId?: string }): Promise<MessagePage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const response = await fetch(`/api/conversations/${conversationId}/messages?${params}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`Messages could not be loaded (${response.status}).`);
  return (await response.json()) as MessagePage;
}
