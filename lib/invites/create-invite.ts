// An owner or staff member creates a buyer invite (optionally pre-filled with the buyer's name
// and number); only an owner creates a staff invite.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { phoneSchema } from "@/lib/auth/phone";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { idSchema, parseInput, personNameSchema } from "@/lib/validation";
import { hashInviteToken, invitePath, newInviteToken } from "./invite-token";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

export const createInviteSchema = z.object({
  businessId: idSchema,
  kind: z.enum(["BUYER", "STAFF"]),
  name: optional(personNameSchema),
  phone: optional(phoneSchema),
});

export interface CreatedInvite {
  id: string;
  /** The only time the token exists in the clear: it goes into the link and nowhere else. */
  path: string;
  expiresAt: Date;
}

export async function createInvite(actor: Actor, input: unknown): Promise<CreatedInvite> {
  const data = parseInput(createInviteSchema, input);
  const db = getDb();
  const roles = data.kind === "STAFF" ? (["OWNER"] as const) : (["OWNER", "STAFF"] as const);
  const business = await db.business.findFirst({
    where: { id: data.businessId, ...businessOfMember(actor.id, [...roles]) },
    select: { id: true },
  });
  if (!business) throw notFound("That business");

  const token = newInviteToken();
  const expiresAt = new Date(Date.now() + getEnv().INVITE_TTL_DAYS * 24 * 60 * 60 * 1000);
  const invite = await db.invite.create({
    data: {
      businessId: business.id,
      kind: data.kind,
      tokenHash: hashInviteToken(token),
      name: data.name ?? null,
      phone: data.phone ?? null,
      createdById: actor.id,
      expiresAt,
    },
    select: { id: true },
  });
  return { id: invite.id, path: invitePath(token), expiresAt };
}
