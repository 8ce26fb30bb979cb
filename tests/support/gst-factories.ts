// GST details for tests: a valid GSTIN for any state and a business ready to invoice.
import { getDb } from "@/lib/db";
import { gstinCheckCharacter } from "@/lib/gst/gstin";

/** A well-formed GSTIN of `stateCode` (its check character computed), e.g. 24AAACS1234F1Z?. */
export function validGstin(stateCode: string, pan = "AAACS1234F"): string {
  const first14 = `${stateCode}${pan}1Z`;
  return first14 + gstinCheckCharacter(first14);
}

/** Gives the business GST details in `stateCode` (Gujarat by default), as an owner would. */
export async function giveGstProfile(businessId: string, stateCode = "24", invoicePrefix = "SSH") {
  const row = { legalName: "Surat Silk House Pvt Ltd", address: "Shop 12, Ring Road, Surat 395002", stateCode, gstin: validGstin(stateCode), invoicePrefix, defaultHsnCode: "6204" };
  return getDb().businessGstProfile.upsert({ where: { businessId }, create: { businessId, ...row }, update: row });
}

/** A buyer's billing details in `stateCode`, as the invoice form sends them. */
export function buyerBilling(stateCode = "24", gstin: string | null = validGstin(stateCode, "AABCJ5678K")) {
  return { legalName: "Jaipur Fashions", address: "12 MG Road, Jaipur 302001", stateCode, gstin: gstin ?? "" };
}
