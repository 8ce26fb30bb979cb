// A person chooses the language Chatalog speaks to them. Kept on their account (so every device
// follows) and in a cookie on this device (so the login page keeps it after logging out).
import { z } from "zod";
import type { SessionActor } from "@/lib/auth/actor";
import { refreshSession } from "@/lib/auth/session-actor";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { LOCALES, type Locale } from "./locales";

export const chooseLanguageSchema = z.object({ locale: z.enum(LOCALES, { error: "Choose English, हिन्दी or ગુજરાતી." }) });

export function parseLanguageChoice(input: unknown): Locale {
  return parseInput(chooseLanguageSchema, input).locale;
}

export async function chooseLanguage(actor: SessionActor, input: unknown): Promise<Locale> {
  const locale = parseLanguageChoice(input);
  await getDb().user.update({ where: { id: actor.id }, data: { locale } });
  // This process remembers sessions for a few seconds: the next page must already speak it.
  refreshSession(actor.sessionId);
  return locale;
}
