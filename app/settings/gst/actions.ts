"use server";
import { revalidatePath } from "next/cache";
import { saveGstProfile } from "@/lib/invoices/gst-profile";
import { setRatePeriod, garmentRuleAgain } from "@/lib/invoices/rate-rule";
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

export async function setRatePeriodAction(input: unknown) {
  return actAs(
    "member",
    async (actor) => {
      const rule = await setRatePeriod(actor, input);
      revalidatePath(PAGE);
      return rule;
    },
    { loginReturnTo: PAGE },
  );
}

export async function garmentRuleAgainAction(input: unknown) {
  return actAs(
    "member",
    async (actor) => {
      const rule = await garmentRuleAgain(actor, input);
      revalidatePath(PAGE);
      return rule;
    },
    { loginReturnTo: PAGE },
  );
}
