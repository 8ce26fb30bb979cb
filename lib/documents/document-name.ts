// The name a PDF is shown and saved under, from what the sender's phone called it: the last part
// of a path, without control or direction characters (a name like "gpj.exe" spelled backwards with
// U+202E would otherwise read as something it is not), spaces folded, at most 100 characters,
// always ending in ".pdf".
const MAX_NAME = 100;

export function documentName(raw: string | null | undefined): string {
  const base = (raw ?? "").split(/[\\/]/).pop() ?? "";
  const cleaned = Array.from(
    base
      .normalize("NFC")
      .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
      .replace(/\s+/g, " ")
      .trim(),
  );
  let stem = cleaned.join("").replace(/\.pdf$/i, "").trim();
  if (!stem || /^\.+$/.test(stem)) stem = "Document";
  const stemCharacters = Array.from(stem);
  if (stemCharacters.length > MAX_NAME - 4) stem = stemCharacters.slice(0, MAX_NAME - 4).join("").trim();
  return `${stem}.pdf`;
}
