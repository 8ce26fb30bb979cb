// What a screen gets of a system line: its message key and values (see system-line.ts). Free of
// the messages file, so the browser code that shows messages does not carry it.

/** A key of the "system" messages, e.g. "orderAccepted". Checked when the line is shown. */
export type SystemLineKey = string;
export type SystemLineValues = Record<string, string | number>;

export interface SystemLineView {
  key: SystemLineKey;
  values: SystemLineValues;
}

const KEY = /^[a-zA-Z]{1,40}$/;

/** The list preview's key (Conversation.lastPreviewLine, JSON text), or null. */
export function readPreviewLine(stored: string | null): SystemLineView | null {
  return stored ? readSystemLine({ line: stored }) : null;
}

/** The key of a stored system line (Message.meta.line: JSON text on SQLite, an object on
 * PostgreSQL), or null for older lines and malformed data: then the English body is shown. */
export function readSystemLine(meta: unknown): SystemLineView | null {
  if (typeof meta === "string") {
    try {
      meta = JSON.parse(meta);
    } catch {
      return null;
    }
  }
  let line = meta && typeof meta === "object" ? (meta as { line?: unknown }).line : null;
  if (typeof line === "string") {
    try {
      line = JSON.parse(line);
    } catch {
      return null;
    }
  }
  if (!line || typeof line !== "object") return null;
  const { key, values } = line as { key?: unknown; values?: unknown };
  if (typeof key !== "string" || !KEY.test(key) || !values || typeof values !== "object" || Array.isArray(values)) return null;
  const entries = Object.entries(values);
  if (entries.length > 12 || !entries.every(([, v]) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v)))) return null;
  return { key, values: Object.fromEntries(entries) as SystemLineValues };
}
