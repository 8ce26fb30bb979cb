// A business's GST details: what its tax invoices print (legal name, address, state, GSTIN), its
// invoice prefix and HSN code. Every member may read them (staff
// make invoices); only an owner changes them, because they are the business's legal identity.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { gstinSchema, stateCodeOfGstin } from "@/lib/gst/gstin";
import { invoicePrefixSchema } from "@/lib/gst/financial-year";
import { hsnCodeSchema } from "@/lib/gst/hsn";
import { stateCodeSchema, stateName } from "@/lib/gst/states";
import { idSchema, parseInput } from "@/lib/validation";

export interface GstProfileView {
  legalName: string;
  address: string;
  stateCode: string;
  gstin: string;
  invoicePrefix: string;
  defaultHsnCode: string;
}

export const legalNameSchema = z.string().trim().min(2, "Enter the legal name, as on the GST registration.").max(120, "Keep the legal name under 120 characters.");
export const addressSchema = z.string().trim().min(8, "Enter the full address with the PIN code.").max(300, "Keep the address under 300 characters.");

export const saveGstProfileSchema = z
  .object({
    businessId: idSchema,
    legalName: legalNameSchema,
    address: addressSchema,
    stateCode: stateCodeSchema,
    gstin: gstinSchema,
    invoicePrefix: invoicePrefixSchema,
    defaultHsnCode: hsnCodeSchema,
  })
  .superRefine((profile, context) => {
    // The GSTIN's first two digits are the state it was issued in: a mismatch is a typing mistake.
    if (stateCodeOfGstin(profile.gstin) !== profile.stateCode) {
      const issued = stateName(stateCodeOfGstin(profile.gstin)) ?? "another state";
      context.addIssue({ code: "custom", path: ["gstin"], message: `This GSTIN is registered in ${issued}, not ${stateName(profile.stateCode)}. Check the state or the GSTIN.` });
    }
  });

const profileSelect = { legalName: true, address: true, stateCode: true, gstin: true, invoicePrefix: true, defaultHsnCode: true } as const;

/** The business's GST details, or null before an owner fills them. Members only. */
export async function getGstProfile(actor: Actor, businessId: string): Promise<GstProfileView | null> {
  const business = await getDb().business.findFirst({ where: { id: businessId, ...businessOfMember(actor.id) }, select: { gstProfile: { select: profileSelect } } });
  if (!business) throw notFound("That business");
  return business.gstProfile;
}

export async function saveGstProfile(actor: Actor, input: unknown): Promise<GstProfileView> {
  const { businessId, ...data } = parseInput(saveGstProfileSchema, input);
  const db = getDb();
  const owned = await db.business.findFirst({ where: { id: businessId, ...businessOfMember(actor.id, ["OWNER"]) }, select: { id: true } });
  if (!owned) {
    const member = await db.business.findFirst({ where: { id: businessId, ...businessOfMember(actor.id) }, select: { id: true } });
    if (member) throw new AppError("FORBIDDEN", "Only the owner can change the GST details.");
    throw notFound("That business");
  }
  return db.businessGstProfile.upsert({ where: { businessId }, create: { businessId, ...data }, update: data, select: profileSelect });
}
