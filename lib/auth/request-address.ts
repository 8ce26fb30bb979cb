import { headers } from "next/headers";
import { clientAddressFrom } from "./client-address";

/** The client's address in a server action or page (see client-address.ts for whom to trust). */
export async function requestAddress(): Promise<string> {
  return clientAddressFrom((await headers()).get("x-forwarded-for"));
}
