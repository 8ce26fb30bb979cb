// One design as the viewer and the pick sheet show it (GET /api/designs/:id, which checks who asks).
// Its own file so the chat can fetch a design without loading the viewer's code.
import type { DesignDetails } from "@/lib/designs/design-views";

export async function fetchDesign(designId: string): Promise<DesignDetails> {
  const response = await fetch(`/api/designs/${designId}`, { cache: "no-store" });
  if (!response.ok) throw new Error("not found");
  return (await response.json()) as DesignDetails;
}
