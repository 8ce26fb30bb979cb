import { Fragment } from "react";
import type { MessageView } from "@/lib/messages/list-messages";
import { DesignAlbum } from "./DesignAlbum";
import { dayKey, formatClock, formatDayLabel } from "@/lib/format-time";

function SystemLine({ text }: { text: string }) {
  return (
    <p className="mx-auto my-2 max-w-[85%] rounded-lg bg-amber-50 px-3 py-1.5 text-center text-xs text-stone-700 shadow-sm ring-1 ring-amber-100">{text}</p>
  );
}

/** One grey tick: the server has it. Two blue ticks: the other side has read it. */
function Receipt({ state }: { state: "sent" | "read" }) {
  return state === "read" ? (
    <span aria-label="Read" title="Read" className="font-bold tracking-[-0.3em] text-sky-600">
      ✓✓
    </span>
  ) : (
    <span aria-label="Sent" title="Sent" className="font-bold">
      ✓
    </span>
  );
}

function Bubble({ message, showAuthor }: { message: MessageView; showAuthor: boolean }) {
  return (
    <div className={`flex ${message.mine ? "justify-end" : "justify-start"}`}>
      <div className={`max-w-[80%] rounded-2xl px-3 py-2 shadow-sm ${message.mine ? "rounded-br-md bg-bubble-own" : "rounded-bl-md bg-white"}`}>
        {showAuthor && message.authorName ? <p className="mb-0.5 text-xs font-semibold text-brand-700">{message.authorName}</p> : null}
        {message.designs.length ? (
          <div className="-mx-1 mb-1 w-64 max-w-full">
            <DesignAlbum designs={message.designs} />
          </div>
        ) : null}
        <p className="text-[15px] leading-snug break-words whitespace-pre-wrap text-stone-900">{message.body}</p>
        <p className="mt-0.5 flex items-center justify-end gap-1 text-[11px] text-stone-500">
          {formatClock(message.createdAt)}
          {message.receipt ? <Receipt state={message.receipt} /> : null}
        </p>
      </div>
    </div>
  );
}

/** Messages with a date separator at each new day (in India's time zone). Messages from the
 * business side carry the sender's name, so everyone knows which member wrote. */
export function MessageTimeline({ messages, buyerId }: { messages: MessageView[]; buyerId: string }) {
  return (
    <ol className="flex flex-col gap-1.5 px-3 py-3" aria-label="Messages">
      {messages.map((message, index) => {
        const previous = messages[index - 1];
        const separator = !previous || dayKey(previous.createdAt) !== dayKey(message.createdAt);
        return (
          <Fragment key={message.id}>
            {separator ? (
              <li className="my-2 text-center">
                <span className="rounded-full bg-white/90 px-3 py-1 text-xs font-medium text-stone-600 shadow-sm">{formatDayLabel(message.createdAt)}</span>
              </li>
            ) : null}
            <li>{message.kind === "SYSTEM" ? <SystemLine text={message.body ?? ""} /> : <Bubble message={message} showAuthor={!message.mine && message.authorId !== buyerId} />}</li>
          </Fragment>
        );
      })}
    </ol>
  );
}
