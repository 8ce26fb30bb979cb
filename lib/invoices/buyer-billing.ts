// A buyer's billing details with one business, kept on their chat with it and printed on its
// invoices. The supplier's team fills them when making the first invoice; later invoices start
// from what was kept.
import { z } from "zod";
import { optionalGstinSchema, stateCodeOfGstin } from "@/lib/gst/gstin";
import { stateCodeSchema, stateName } from "@/lib/gst/states";
import { addressSchema, legalNameSchema } from "./gst-profile";

export interface BuyerBillingView {
  legalName: string;
  address: string;
  stateCode: string;
  gstin: string | null;
}

export const buyerBillingSchema = z
  .object({
    legalName: legalNameSchema,
    address: addressSchema,
    stateCode: stateCodeSchema,
    /** A buyer without GST registration (B2C) has none. */
    gstin: optionalGstinSchema,
  })
  .superRefine((billing, context) => {
    if (billing.gstin && stateCodeOfGstin(billing.gstin) !== billing.stateCode) {
      const issued = stateName(stateCodeOfGstin(billing.gstin)) ?? "another state";
      context.addIssue({ code: "custom", path: ["gstin"], message: `The buyer's GSTIN is registered in ${issued}, not ${stateName(billing.stateCode)}. Check the state or the GSTIN.` });
    }
  });

export const buyerBillingSelect = { legalName: true, address: true, stateCode: true, gstin: true } as const;
