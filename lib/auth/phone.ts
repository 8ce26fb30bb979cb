// Mobile numbers are the login name, stored in E.164 (+919812345678). People type them in
// many shapes ("98123 45678", "+91-98123-45678", "0091 98123 45678"); we accept those and
// store one form. A bare 10-digit Indian mobile number gets +91, the market Chatalog starts in.
import { z } from "zod";

export const PHONE_FORMAT_MESSAGE = "Enter a mobile number with country code, e.g. +91 98123 45678.";

export function normalizePhone(input: string): string | null {
  let digits = input.trim().replace(/[\s\-().]/g, "");
  if (digits.startsWith("00")) digits = `+${digits.slice(2)}`;
  if (/^0?[6-9]\d{9}$/.test(digits)) digits = `+91${digits.slice(-10)}`;
  if (!/^\+[1-9]\d{7,14}$/.test(digits)) return null;
  // Indian mobile numbers are exactly 10 digits starting 6-9.
  if (digits.startsWith("+91") && !/^\+91[6-9]\d{9}$/.test(digits)) return null;
  return digits;
}

export const phoneSchema = z.string().transform((value, ctx) => {
  const phone = normalizePhone(value);
  if (!phone) {
    ctx.addIssue({ code: "custom", message: PHONE_FORMAT_MESSAGE });
    return z.NEVER;
  }
  return phone;
});

/** "+919812345678" → "+91 98123 45678" for display. */
export function formatPhone(phone: string): string {
  const indian = /^\+91(\d{5})(\d{5})$/.exec(phone);
  return indian ? `+91 ${indian[1]} ${indian[2]}` : phone;
}
