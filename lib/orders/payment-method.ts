import type { PaymentMethod } from "@/lib/generated/sqlite/enums";

export const PAYMENT_METHOD_LABEL: Record<PaymentMethod, string> = {
  UPI: "UPI",
  BANK_TRANSFER: "Bank transfer",
  CASH: "Cash",
  CHEQUE: "Cheque",
  OTHER: "Other",
};

export function paymentMethodLabel(method: unknown): string | null {
  return typeof method === "string" && method in PAYMENT_METHOD_LABEL ? PAYMENT_METHOD_LABEL[method as PaymentMethod] : null;
}
