// Sends receipts (delivered / read up to a seq) for a conversation, at most one request in
// flight per conversation: later seqs wait and go together. Receipts are best effort: a lost
// one is corrected by the next, since the server keeps the highest it has seen.
const latest = new Map<string, { readSeq: number; deliveredSeq: number }>();
const sent = new Map<string, { readSeq: number; deliveredSeq: number }>();
const inFlight = new Set<string>();

export function postReceipts(conversationId: string, receipts: { readSeq?: number; deliveredSeq?: number }) {
  const wanted = latest.get(conversationId) ?? { readSeq: 0, deliveredSeq: 0 };
  latest.set(conversationId, {
    readSeq: Math.max(wanted.readSeq, receipts.readSeq ?? 0),
    deliveredSeq: Math.max(wanted.deliveredSeq, receipts.deliveredSeq ?? 0, receipts.readSeq ?? 0),
  });
  void flush(conversationId);
}

async function flush(conversationId: string) {
  if (inFlight.has(conversationId)) return;
  const wanted = latest.get(conversationId);
  const done = sent.get(conversationId) ?? { readSeq: 0, deliveredSeq: 0 };
  if (!wanted || (wanted.readSeq <= done.readSeq && wanted.deliveredSeq <= done.deliveredSeq)) return;
  inFlight.add(conversationId);
  try {
    const response = await fetch(`/api/conversations/${conversationId}/receipts`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(wanted),
    });
    if (response.ok) sent.set(conversationId, wanted);
  } catch {
    // offline: the next receipt (or the next visit) carries it
  } finally {
    inFlight.delete(conversationId);
  }
  const now = latest.get(conversationId);
  if (now && (now.readSeq > wanted.readSeq || now.deliveredSeq > wanted.deliveredSeq)) void flush(conversationId);
}
