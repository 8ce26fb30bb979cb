import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { balanceText, StatementView } from "@/components/ledger/StatementView";
import { CreditLimitForm } from "@/components/ledger/CreditLimitForm";
import { SendReminderButton } from "@/components/ledger/SendReminderButton";
import { buttonClasses } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { PrintButton } from "@/components/ui/PrintButton";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { getStatement, type StatementPage } from "@/lib/ledger/statement";
import { formatRupees } from "@/lib/money";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("ledger"))("title") };
}

type Search = { from?: string; to?: string };

/** A buyer's statement with a supplier, for both sides of the chat: on screen, printed, as CSV.
 * The supplier's team also sends a payment reminder from here. */
export default async function StatementScreen({ params, searchParams }: { params: Promise<{ conversationId: string }>; searchParams: Promise<Search> }) {
  const { conversationId } = await params;
  const search = await searchParams;
  const actor = await requireActor(`/chats/${encodeURIComponent(conversationId)}/statement`);
  const period = { from: typeof search.from === "string" ? search.from : undefined, to: typeof search.to === "string" ? search.to : undefined };
  const { statement, periodError } = await readStatement(actor, conversationId, period);
  if (!statement) notFound();
  const query = new URLSearchParams(Object.entries({ from: statement.from, to: statement.to }).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const other = statement.viewerIsMember ? statement.buyerName : statement.businessName;
  const t = await getTranslations("ledger");

  return (
    <ClientMessages namespaces={["ledger", "ui"]}>
      <>
        <div className="print:hidden">
          <TopBar backHref={`/chats/${statement.conversationId}`} title={t("title")} subtitle={other} />
        </div>
        <main className="flex flex-1 flex-col gap-4 py-4">
          <PeriodForm from={statement.from} to={statement.to} error={periodError} />
          <StatementView statement={statement} />
          <div className="flex flex-col gap-3 px-4">
            {statement.viewerIsMember && statement.closingPaise > 0 && !statement.to ? (
              <SendReminderButton conversationId={statement.conversationId} clientId={randomUUID()} amountText={balanceText(t, statement.closingPaise)} />
            ) : null}
            <a href={`/chats/${statement.conversationId}/statement/csv${query.size ? `?${query}` : ""}`} className={`${buttonClasses("secondary", true)} print:hidden`} download>
              {t("downloadCsv")}
            </a>
            <PrintButton />
            {statement.viewerIsMember && !statement.viewerIsOwner ? (
              <p className="text-sm text-stone-700 print:hidden">{statement.creditLimitPaise === null ? t("noLimit") : t("limitIs", { amount: formatRupees(statement.creditLimitPaise) })}</p>
            ) : null}
          </div>
          {statement.viewerIsOwner ? <CreditLimitForm conversationId={statement.conversationId} limitRupees={statement.creditLimitPaise === null ? "" : String(statement.creditLimitPaise / 100)} /> : null}
          <div className="px-4">
            <Link prefetch={false} href={`/chats/${statement.conversationId}`} className="block py-2 text-center text-sm font-semibold text-brand-700 underline print:hidden">
              {t("backToChat")}
            </Link>
          </div>
        </main>
      </>
    </ClientMessages>
  );
}

/** A mistyped date shows the whole account, with the reason the dates were not used. */
async function readStatement(actor: Actor, conversationId: string, period: { from?: string; to?: string }): Promise<{ statement: StatementPage | null; periodError: string | null }> {
  try {
    return { statement: await getStatement(actor, { conversationId, ...period }), periodError: null };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "NOT_FOUND") return { statement: null, periodError: null };
    if (!period.from && !period.to) throw error;
    return { statement: await getStatement(actor, { conversationId }).catch(() => null), periodError: error.message };
  }
}

/** A plain GET form: works before any script has loaded. */
function PeriodForm({ from, to, error }: { from: string | null; to: string | null; error: string | null }) {
  const t = useTranslations("ledger");
  const field = "mt-1 block min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-base";
  return (
    <form method="get" className="space-y-2 px-4 print:hidden">
      <FormAlert message={error} />
      <div className="grid grid-cols-2 gap-3">
        <label className="text-sm font-semibold text-stone-700">
          {t("from")}
          <input type="date" name="from" defaultValue={from ?? ""} className={field} />
        </label>
        <label className="text-sm font-semibold text-stone-700">
          {t("to")}
          <input type="date" name="to" defaultValue={to ?? ""} className={field} />
        </label>
      </div>
      <button type="submit" className={buttonClasses("secondary", true)}>
        {t("showDates")}
      </button>
    </form>
  );
}
