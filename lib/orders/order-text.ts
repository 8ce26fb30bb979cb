// Small pieces of the system lines' text.
import type { PaymentMethod } from "@/lib/generated/sqlite/enums";
import { z } from "zod";

export const reasonSchema = (what: string) => z.string().trim().min(1, `Say why the order is ${what}.`).max(300, "Keep the reason under 300 characters.");

const RECEIVED_BY: Record<PaymentMethod, string> = {
  UPI: " by UPI",
  BANK_TRANSFER: " by bank transfer",
  CASH: " in cash",
  CHEQUE: " by cheque",
  OTHER: "",
};

export function receivedBy(method: PaymentMethod): string {
  return RECEIVED_BY[method];
}
