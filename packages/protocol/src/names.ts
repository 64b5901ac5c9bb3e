// Name rules the server and every client share: which nicks and room names are valid, the folding
// that makes "Ana", "ANA", a decomposed "Ána" and a full-width "Ａｎａ" the same name on both sides,
// and the confusable skeleton that keeps "аlice" (Cyrillic а) from standing beside "alice".
import unhomoglyph from "unhomoglyph";
import { foldName } from "./fold.js";

export { foldName, sameName } from "./fold.js";

/**
 * The confusable skeleton of a name (Unicode TR39, section 4): its fold, decomposed (NFD), each
 * character replaced by its prototype from Unicode's confusables.txt (the unhomoglyph package), then
 * decomposed again; a dot above on i or j, which the letter already shows (as in "İ" lower-cased), is
 * dropped. Two names with one skeleton look alike: "alice" and "аlice", "admin" and "ADMİN", "bob" and
 * "bоb". The server lets only one of them be online, applies a nick ban to all of them, and refuses
 * any that looks like a reserved name. Not for display, and not a storage key: "admin" is "adrnin".
 */
export function nameSkeleton(name: string): string {
  return unhomoglyph(foldName(name).normalize("NFD"))
    .normalize("NFD")
    .replace(/([ij])\u0307/g, "$1");
}

/**
 * Characters that draw nothing (Unicode Default_Ignorable_Code_Point: the Hangul fillers U+3164 and
 * U+FFA0, joiners, variation selectors): a nick made of them, or hiding them, renders blank or the same
 * as another.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

/** Characters a nick may hold besides letters (any script, CJK included) and digits. */
const NICK_PATTERN = /^[\p{L}\p{N}_\-[\]{}|]+$/u;
/** Room names: letters, digits and `_ - .`; a leading `#` is ignored. */
const ROOM_PATTERN = /^[\p{L}\p{N}_\-.]+$/u;

/** Names no one may take, compared by confusable skeleton: they would impersonate the server or its staff. */
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

const RESERVED_SKELETONS: ReadonlySet<string> = new Set([...RESERVED_NICKS].map(nameSkeleton));

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
  if (INVISIBLE.test(nick) || INVISIBLE.test(foldName(nick)))
    return "a nick cannot hold invisible characters";
  if (!NICK_PATTERN.test(nick)) return "a nick may hold letters, digits and _-[]{}| only";
  if (RESERVED_SKELETONS.has(nameSkeleton(nick)))
    return `"${nick}" is reserved, or looks like a reserved name`;
  return undefined;
}

/** Canonical room name (leading `#` dropped, case-folded), or undefined if it is not valid. */
export function canonicalRoom(name: string, maxChars = Number.POSITIVE_INFINITY): string | undefined {
  const bare = name.startsWith("#") ? name.slice(1) : name;
  const length = charLength(bare);
  if (length === 0 || length > maxChars || !ROOM_PATTERN.test(bare)) return undefined;
  return foldName(bare);
}
