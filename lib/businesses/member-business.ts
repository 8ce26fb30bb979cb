// The business named by a request, when the actor is one of its members (owner or staff); not
// found otherwise, so another business's id and a buyer's request look the same as a wrong id.
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function memberBusinessId(actor: Actor, businessId: string): Promise<string> {
  const business = await getDb().business.findFirst({ where: { id: businessId, ...businessOfMember(actor.id) }, select: { id: true } });
  if (!business) throw notFound("That business");
  return business.id;
}
