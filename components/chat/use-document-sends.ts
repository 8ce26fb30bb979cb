"use client";
// PDFs on their way into the chat: each shows at once as a card with its progress, and leaves
// when the chat shows the sent message (matched by clientId, like the outbox's texts). A refusal
// (not a PDF, protected with a password, too large) stays on the card with the server's words;
// a dropped connection can be tried again with the same clientId, so the server keeps one.
// Unlike texts, a document is not kept across a reload: the file would have to be copied into the
// browser's storage first, and a person can choose it again.
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { newClientId } from "@/lib/messages/outbox";
import { uploadWithProgress } from "@/components/ui/upload-with-progress";

export interface DocumentSend {
  clientId: string;
  name: string;
  bytes: number;
  progress: number;
  status: "sending" | "sent" | "failed";
  error?: string;
  retryable?: boolean;
}

export function useDocumentSends(conversationId: string, shownClientIds: string[], onSent: () => void) {
  const t = useTranslations("composer");
  const [sends, setSends] = useState<DocumentSend[]>([]);
  const [files] = useState(() => new Map<string, File>());
  const update = useCallback((clientId: string, change: Partial<DocumentSend>) => setSends((now) => now.map((send) => (send.clientId === clientId ? { ...send, ...change } : send))), []);

  const upload = useCallback(
    async (clientId: string) => {
      const file = files.get(clientId);
      if (!file) return;
      update(clientId, { status: "sending", progress: 0, error: undefined });
      const query = new URLSearchParams({ clientId, name: file.name });
      const answer = await uploadWithProgress<{ id: string }>(`/api/conversations/${conversationId}/documents?${query}`, file, (progress) => update(clientId, { progress }), {
        failedMessage: t("documentFailed"),
      });
      if (answer.ok) {
        update(clientId, { status: "sent", progress: 1 });
        onSent();
      } else {
        update(clientId, { status: "failed", error: answer.message, retryable: answer.retryable });
      }
    },
    [conversationId, files, update, onSent, t],
  );

  const send = useCallback(
    (file: File) => {
      const clientId = newClientId();
      files.set(clientId, file);
      setSends((now) => [...now, { clientId, name: file.name, bytes: file.size, progress: 0, status: "sending" }]);
      void upload(clientId);
    },
    [files, upload],
  );

  const dismiss = useCallback(
    (clientId: string) => {
      files.delete(clientId);
      setSends((now) => now.filter((send) => send.clientId !== clientId));
    },
    [files],
  );

  const shown = new Set(shownClientIds);
  return { sends: sends.filter((send) => !shown.has(send.clientId)), send, retry: (clientId: string) => void upload(clientId), dismiss };
}
