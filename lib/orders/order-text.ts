// Small pieces of the system lines' text.
import { z } from "zod";

export const reasonSchema = (what: string) => z.string().trim().min(1, `Say why the order is ${what}.`).max(300, "Keep the reason under 300 characters.");


