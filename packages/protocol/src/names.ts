// Name rules the server and every client share: which nicks and room names are valid, and the
// folding that makes "Ana", "ANA" and a decomposed "Ána" the same nick (or room) on both sides.

/**
 * The case-insensitive identity of a nick or room name: NFC-normalised, then lower-cased. The server
 * makes names unique by this key; clients compare nicks with it (is this message mine? which DM?).
 */
export function foldName(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** Whether two nicks (or room names) name the same one, by `foldName`. */
export function sameName(a: string, b: string): boolean {
  return a === b || foldName(a) === foldName(b);
}

/** Characters a nick may hold besides letters (any script, CJK included) and digits. */
const NICK_PATTERN = /^[\p{L}\p{N}_\-[\]{}|]+$/u;
/** Room names: letters, digits and `_ - .`; a leading `#` is ignored. */
const ROOM_PATTERN = /^[\p{L}\p{N}_\-.]+$/u;

/** Names no one may take, compared case-insensitively: they would impersonate the server or its staff. */
export const RESERVED_NICKS: ReadonlySet<string> = new Set([
  "admin",
  "administrator",
  "server",
  "system",
  "parley",
  "operator",
  "root",
  "moderator",
  "nickserv",
  "chanserv",
  "anonymous",
]);

/** Length in characters (code points), not UTF-16 units, so CJK and emoji count as one. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Returns why `nick` is not acceptable, or undefined if it is. `maxChars` is the server's limit
 * (Welcome.max_nick_chars); a client that does not know it yet leaves the length to the server.
 */
export function nickProblem(nick: string, maxChars = Number.POSITIVE_INFINITY): string | undefined {
  const length = charLength(nick);
  if (length === 0) return "a nick cannot be empty";
  if (length > maxChars) return `a nick has at most ${maxChars} characters`;
  if (!NICK_PATTERN.test(nick)) return "a nick may hold letters, digits and _-[]{}| only";
  if (RESERVED_NICKS.has(foldName(nick))) return `"${nick}" is reserved`;
  return undefined;
}

/** Canonical room name (leading `#` dropped, case-folded), or undefined if it is not valid. */
export function canonicalRoom(name: string, maxChars = Number.POSITIVE_INFINITY): string | undefined {
  const bare = name.startsWith("#") ? name.slice(1) : name;
  const length = charLength(bare);
  if (length === 0 || length > maxChars || !ROOM_PATTERN.test(bare)) return undefined;
  return foldName(bare);
}
