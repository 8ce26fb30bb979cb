// The words of a search, and the full-text query each provider runs for them. A word is a run
// of letters (with their vowel signs, for Devanagari and Gujarati), digits or both; everything
// else separates words, exactly as the indexes split the text (SQLite's unicode61 tokenizer; on
// PostgreSQL the indexed text has its punctuation made spaces: migration 0012_search). Every
// word matches as a prefix ("mee" finds Meena, "D-01" finds D-0142) and all of them must match.

/** At most this many words count; more add nothing a person would miss. */
const MAX_TERMS = 6;
const MAX_TERM_LENGTH = 32;

export function searchTerms(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((word) => word.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** SQLite FTS5: each word quoted (no word can be read as an operator) and a prefix. */
export function fts5Query(terms: readonly string[]): string {
  return terms.map((term) => `${quoted(term)}*`).join(" ");
}

/** SQLite FTS5, the whole MATCH: the words in `column`, within rows whose "scope" column holds one
 * of `scopes` (the ids of who may see them: migration 0012_search). No scopes: no scope filter. */
export function fts5ScopedQuery(column: string, terms: readonly string[], scopes: readonly string[]): string {
  const words = `${column} : (${fts5Query(terms)})`;
  return scopes.length ? `${words} AND scope : (${scopes.map(quoted).join(" OR ")})` : words;
}

/** PostgreSQL to_tsquery('simple', …): words hold only letters, marks and digits, so none can be
 * read as tsquery syntax. */
export function tsQuery(terms: readonly string[]): string {
  return terms.map((term) => `${term}:*`).join(" & ");
}
