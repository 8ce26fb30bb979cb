// Turns notifications off for one device of the signed-in person: by its id (the settings page's
// list) or by its endpoint (the browser turning itself off). Another person's device is simply
// not found.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { idSchema, parseInput } from "@/lib/validation";

export const unsubscribeDeviceSchema = z.union([z.object({ id: idSchema }).strict(), z.object({ endpoint: z.string().min(10).max(2048) }).strict()]);

export async function unsubscribeDevice(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(unsubscribeDeviceSchema, input);
  const { count } = await getDb().pushSubscription.deleteMany({ where: { ...data, userId: actor.id } });
  if (count === 0) throw notFound("That device");
}
