// GET the VAPID public key a browser subscribes with. Requires "anyone" (lib/auth/requirement.ts):
// the key is public by nature.
import { getVapidKeys } from "@/lib/push/vapid-keys";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ publicKey: getVapidKeys().publicKey });
}
