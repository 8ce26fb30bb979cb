// GET /chats/<id>/statement/csv?from=&to=: the statement as a CSV file, for either side of the chat.
import { asActor } from "@/lib/api-route";
import { getStatement } from "@/lib/ledger/statement";
import { statementCsv, statementFilename } from "@/lib/ledger/statement-csv";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ conversationId: string }> }) {
  const search = new URL(request.url).searchParams;
  return asActor({ requires: "conversation", params, signedOut: "Log in to download the statement." }, async (actor, { conversationId }) => {
    const statement = await getStatement(actor, { conversationId, from: search.get("from"), to: search.get("to") });
    const filename = statementFilename(statement.viewerIsMember ? statement.buyerName : statement.businessName, new Date());
    return new Response(statementCsv(statement), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
