// What an issued invoice prints, stored whole on the Invoice row (Invoice.snapshot): a later
// change of the business's address, the buyer's details or a design's price never changes an
// invoice already issued (CGST Rule 46 lists the fields).
import type { BuyerBillingView } from "./buyer-billing";

export interface InvoiceParty {
  legalName: string;
  /** The business's name in the chats, when it differs from the legal name. */
  tradeName: string | null;
  address: string;
  stateCode: string;
  stateName: string;
  gstin: string | null;
}

export interface InvoiceLineSnapshot {
  position: number;
  description: string;
  hsnCode: string;
  pieces: number;
  unit: "PCS";
  pricePerPiecePaise: number;
  taxablePaise: number;
  rateBasisPoints: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
}

export interface InvoiceSnapshot {
  version: 1;
  orderNumber: number;
  supplier: InvoiceParty;
  recipient: InvoiceParty;
  placeOfSupply: { stateCode: string; stateName: string };
  lines: InvoiceLineSnapshot[];
  totalInWords: string;
  reverseCharge: false;
}

export function recipientParty(billing: BuyerBillingView, stateNameOf: (code: string) => string | null): InvoiceParty {
  return { legalName: billing.legalName, tradeName: null, address: billing.address, stateCode: billing.stateCode, stateName: stateNameOf(billing.stateCode) ?? billing.stateCode, gstin: billing.gstin };
}
