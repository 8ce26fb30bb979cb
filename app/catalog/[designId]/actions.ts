"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { archiveDesign } from "@/lib/designs/archive-design";
import { designFormText } from "@/lib/designs/design-form-text";
import { parseDesignForm, type DesignFormText } from "@/lib/designs/parse-design-form";
import { restoreDesign } from "@/lib/designs/restore-design";
import { updateDesign } from "@/lib/designs/update-design";
import { AppError } from "@/lib/errors";
import { actAs } from "@/lib/server-action";
import { idSchema, parseInput } from "@/lib/validation";

const text = z.string().max(500).optional();
const editSchema = z.object({
  designId: idSchema,
  form: z.object({ code: text, title: text, price: text, sizes: text, colours: text, minimumSets: text, hsnCode: text }),
});

/** The service's field names, as the form's fields (setComposition.0.ratio → sizes). */
const FORM_FIELD: Record<string, keyof DesignFormText> = {
  code: "code",
  title: "title",
  pricePerPiecePaise: "price",
  setComposition: "sizes",
  colours: "colours",
  minimumSets: "minimumSets",
  hsnCode: "hsnCode",
};

function blank(value: string | undefined): boolean {
  return !value?.trim();
}

/** What an edit changes: on this form an emptied field means "none" (no price, no sizes, no
 * colours), unlike posting, where a blank field takes the default. */
function changesFrom(form: DesignFormText) {
  if (blank(form.code)) throw new AppError("INVALID", "Enter a code, like D-0143.", { fields: { code: "Enter a code, like D-0143." } });
  if (blank(form.title)) throw new AppError("INVALID", "Give the design a title.", { fields: { title: "Give the design a title." } });
  const parsed = parseDesignForm(form);
  if (!parsed.ok) throw new AppError("INVALID", parsed.message, { fields: { [parsed.field]: parsed.message }, key: parsed.key, values: parsed.values });
  return {
    ...parsed.details,
    pricePerPiecePaise: parsed.details.pricePerPiecePaise ?? 0,
    setComposition: parsed.details.setComposition ?? [],
    colours: parsed.details.colours ?? [],
    minimumSets: parsed.details.minimumSets ?? 1,
    // Not sent: unchanged; emptied: the business's default (updateDesign reads "" as none).
    ...(form.hsnCode !== undefined ? { hsnCode: form.hsnCode } : {}),
  };
}

function revalidate(designId: string) {
  revalidatePath(`/catalog/${designId}`);
  revalidatePath("/catalog");
}

export async function updateDesignDetailsAction(input: unknown) {
  return actAs("member", async (actor) => {
    const { designId, form } = parseInput(editSchema, input);
    const changes = changesFrom(form);
    try {
      const design = await updateDesign(actor, { designId, ...changes });
      revalidate(designId);
      return designFormText(design);
    } catch (error) {
      if (error instanceof AppError && error.fields) {
        const fields: Record<string, string> = {};
        for (const [key, message] of Object.entries(error.fields)) {
          const field = FORM_FIELD[key.split(".")[0] ?? ""];
          if (field) fields[field] ??= message;
        }
        throw new AppError(error.code, error.message, { fields });
      }
      throw error;
    }
  });
}

export async function archiveDesignAction(input: unknown) {
  return actAs("member", async (actor) => {
    const result = await archiveDesign(actor, input);
    revalidate(result.id);
    return null;
  });
}

export async function restoreDesignAction(input: unknown) {
  return actAs("member", async (actor) => {
    const result = await restoreDesign(actor, input);
    revalidate(result.id);
    return null;
  });
}
