import { AppError } from "@/lib/errors";
import type { PickStatus } from "@/lib/generated/sqlite/enums";

/** Only open picks can change; an ordered or removed one says so. */
export function refuseClosedPick(status: PickStatus): void {
  if (status === "ORDERED") throw new AppError("CONFLICT", "This pick is already in an order.", { key: "pickOrdered" });
  if (status === "REMOVED") throw new AppError("CONFLICT", "This pick was removed.", { key: "pickRemoved" });
}
