"use server";
import { revalidatePath } from "next/cache";
import { deleteLabel, saveLabel, setLabelBuyers } from "@/lib/labels/labels";
import { actAs } from "@/lib/server-action";

const PAGE = "/business/labels";

export async function saveLabelAction(input: unknown) {
  return actAs(
    "member",
    async (actor) => {
      const label = await saveLabel(actor, input);
      revalidatePath(PAGE);
      return label;
    },
    { loginReturnTo: PAGE },
  );
}

export async function deleteLabelAction(input: unknown) {
  return actAs(
    "member",
    async (actor) => {
      await deleteLabel(actor, input);
      revalidatePath(PAGE);
    },
    { loginReturnTo: PAGE },
  );
}

export async function setLabelBuyersAction(input: unknown) {
  return actAs(
    "member",
    async (actor) => {
      const saved = await setLabelBuyers(actor, input);
      revalidatePath(PAGE);
      return saved;
    },
    { loginReturnTo: PAGE },
  );
}
