"use server";
import { revalidatePath } from "next/cache";
import { saveUpiId } from "@/lib/businesses/business-upi";
import { actAs } from "@/lib/server-action";

const PAGE = "/settings/payments";

export async function saveUpiIdAction(input: unknown) {
  return actAs(
    "member",
    async (actor) => {
      const saved = await saveUpiId(actor, input);
      revalidatePath(PAGE);
      return saved;
    },
    { loginReturnTo: PAGE },
  );
}
