"use server";
import { revalidatePath } from "next/cache";
import { saveGstProfile } from "@/lib/invoices/gst-profile";
import { actAs } from "@/lib/server-action";

const PAGE = "/settings/gst";

export async function saveGstProfileAction(input: unknown) {
  return actAs(
    "member",
    async (actor) => {
      await saveGstProfile(actor, input);
      revalidatePath(PAGE);
    },
    { loginReturnTo: PAGE },
  );
}
