// A member changes the quantities of a placed or accepted order (stock ran short, the buyer
// asked on the phone). Prices stay as ordered; totals are recomputed; the EDITED event keeps
// each changed line before and after, so the history survives the edit.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { formatRupees } from "@/lib/money";
import { jsonColumn } from "@/lib/picks/pick-rules";
import { idSchema, parseInput } from "@/lib/validation";
import { changeOrder, type OrderChanged } from "./order-change";
import { systemLine } from "@/lib/i18n/system-line";
import {
  computeLine,
  lineTotalPaise,
  readSetComposition,
  readSizePieces,
  sameSizePieces,
  setsInputSchema,
  sizePiecesInputSchema,
  sumLines,
  type SetComposition,
  type SizePieces,
} from "./quantities";
import { groupIndian } from "@/lib/indian-number";

export const editOrderLinesSchema = z.object({
  orderId: idSchema,
  lines: z
    .array(z.object({ lineId: idSchema, sets: setsInputSchema.optional(), sizePieces: sizePiecesInputSchema.optional() }))
    .min(1, "Change at least one line.")
    .max(200, "Up to 200 lines at once.")
    .refine((lines) => new Set(lines.map((l) => l.lineId)).size === lines.length, "A line is listed twice."),
});

interface LineState {
  lineId: string;
  code: string;
  colour: string | null;
  sets: number | null;
  sizePieces: SizePieces | null;
  pieces: number;
  totalPaise: number;
}

/** The sizes a loose line may use: the ones it has, then the design's current ones. */
function looseSizes(existing: SizePieces | null, designComposition: unknown, code: string): SetComposition {
  const sizes = new Set(Object.keys(existing ?? {}));
  if (designComposition !== undefined) for (const { size } of readSetComposition(designComposition, code)) sizes.add(size);
  return [...sizes].map((size) => ({ size, ratio: 1 }));
}

export async function editOrderLines(actor: Actor, input: unknown): Promise<OrderChanged> {
  const data = parseInput(editOrderLinesSchema, input);
  return changeOrder(actor, {
    orderId: data.orderId,
    action: "EDIT_LINES",
    apply: async ({ tx, order }) => {
      // Read under the status guard's row lock: a concurrent edit has finished or waits.
      const fresh = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { totalPaise: true, totalPieces: true } });
      const lines = await tx.orderLine.findMany({
        where: { orderId: order.id },
        orderBy: { position: "asc" },
        select: { id: true, code: true, colour: true, sets: true, sizePieces: true, pieces: true, pricePerPiecePaise: true, totalPaise: true, design: { select: { setComposition: true } } },
      });
      const byId = new Map(lines.map((line) => [line.id, line]));
      const before: LineState[] = [];
      const after: LineState[] = [];
      const totals = new Map(lines.map((line) => [line.id, { pieces: line.pieces, totalPaise: line.totalPaise }]));

      for (const change of data.lines) {
        const line = byId.get(change.lineId);
        if (!line) throw notFound("That order line");
        const was: LineState = { lineId: line.id, code: line.code, colour: line.colour, sets: line.sets, sizePieces: readSizePieces(line.sizePieces), pieces: line.pieces, totalPaise: line.totalPaise };
        let next: LineState;
        if (line.sets !== null) {
          if (change.sets === undefined) throw new AppError("INVALID", `${line.code} was ordered in sets: change the number of sets.`, { key: "orderedInSets", values: { code: line.code } });
          // Pieces per set as ordered, so a later change to the design's sizes doesn't leak in.
          const pieces = change.sets * (line.pieces / line.sets);
          next = { ...was, sets: change.sets, pieces, totalPaise: lineTotalPaise(pieces, line.pricePerPiecePaise) };
        } else {
          if (!change.sizePieces) throw new AppError("INVALID", `${line.code} was ordered loose: change the pieces per size.`, { key: "orderedLoose", values: { code: line.code } });
          const composition = looseSizes(was.sizePieces, line.design?.setComposition, line.code);
          const computed = computeLine({ code: line.code, setComposition: composition, soldLoose: true, pricePerPiecePaise: line.pricePerPiecePaise }, { sizePieces: change.sizePieces });
          next = { ...was, sizePieces: computed.sizePieces, pieces: computed.pieces, totalPaise: computed.totalPaise };
        }
        if (next.pieces === was.pieces && sameSizePieces(next.sizePieces, was.sizePieces)) continue;
        await tx.orderLine.update({
          where: { id: line.id },
          data: { sets: next.sets, sizePieces: jsonColumn(next.sizePieces), pieces: next.pieces, totalPaise: next.totalPaise },
        });
        totals.set(line.id, { pieces: next.pieces, totalPaise: next.totalPaise });
        before.push(was);
        after.push(next);
      }
      if (after.length === 0) throw new AppError("INVALID", "Those are the quantities already in the order.");

      const sum = sumLines([...totals.values()]);
      await tx.order.update({ where: { id: order.id }, data: { totalPaise: sum.totalPaise, totalPieces: sum.pieces } });
      return {
        totalPaise: sum.totalPaise,
        totalPieces: sum.pieces,
        eventData: { before, after, totalPaiseBefore: fresh.totalPaise, totalPaiseAfter: sum.totalPaise, totalPiecesBefore: fresh.totalPieces, totalPiecesAfter: sum.pieces },
      };
    },
    describe: (order, applied) => {
      const now = applied ?? order;
      return systemLine("orderChanged", { number: order.number, name: actor.name, count: now.totalPieces, pieces: groupIndian(now.totalPieces), amount: formatRupees(now.totalPaise) });
    },
  });
}
