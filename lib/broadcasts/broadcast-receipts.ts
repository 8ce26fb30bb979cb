// Delivered and read, per buyer, for the albums of a broadcast: the buyer's own read state in
// their conversation against the album's seq. Members' read states say nothing about the buyer.
export interface AlbumRow {
  seq: number;
  conversation: { buyerId: string; readStates: { userId: string; lastReadSeq: number; lastDeliveredSeq: number }[] };
}

export function albumReceipt(album: AlbumRow): { delivered: boolean; read: boolean } {
  const state = album.conversation.readStates.find((r) => r.userId === album.conversation.buyerId);
  const read = (state?.lastReadSeq ?? 0) >= album.seq;
  // Read implies delivered even if an old client only ever reported reads.
  return { delivered: read || (state?.lastDeliveredSeq ?? 0) >= album.seq, read };
}

/** Only the buyer's read state is needed; members of the business are filtered out in SQL. */
export function buyerReadStates(businessId: string) {
  return {
    where: { user: { memberships: { none: { businessId } } } },
    select: { userId: true, lastReadSeq: true, lastDeliveredSeq: true },
  } as const;
}
