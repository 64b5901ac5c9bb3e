// A room's member list: nicks kept sorted case-insensitively, changed in place of sorting again. A
// join storm in a room of thousands costs a binary search per nick and one copy per update.
import { foldName, sameName } from "@parley/protocol";

/** Case-insensitive nick order; one collator, far cheaper than localeCompare per comparison. */
export const nickOrder = new Intl.Collator(undefined, { sensitivity: "base" }).compare;

/** A list of nicks sorted and without duplicates, as a member list starts. */
export function sortNicks(nicks: readonly string[]): string[] {
  return [...new Set(nicks.filter(Boolean))].sort(nickOrder);
}

/** First index whose nick sorts at or after `nick` (`strict`: after it). */
function boundOf(sorted: readonly string[], nick: string, strict: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const order = nickOrder(sorted[mid]!, nick);
    if (order < 0 || (strict && order === 0)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Index of `nick` (compared as the server compares nicks) in a sorted list, or -1. Nicks the server
 * holds the same also sort the same, so only the few the collator ties with it are compared.
 */
export function findNick(sorted: readonly string[], nick: string): number {
  for (let i = boundOf(sorted, nick, false); i < sorted.length; i++) {
    if (nickOrder(sorted[i]!, nick) !== 0) break;
    if (sameName(sorted[i]!, nick)) return i;
  }
  return -1;
}

/** `nick` put in its place (after any it ties with), replacing an entry for the same nick. */
export function insertNick(sorted: readonly string[], nick: string): string[] {
  const at = findNick(sorted, nick);
  const copy = sorted.slice();
  if (at >= 0) copy.splice(at, 1);
  copy.splice(boundOf(copy, nick, true), 0, nick);
  return copy;
}

/**
 * Several nicks put in their places at once (a burst of joins in one frame): the same list as
 * inserting them one by one, for one copy of the list instead of one per nick.
 */
export function insertNicks(sorted: readonly string[], nicks: readonly string[]): string[] {
  if (nicks.length === 1) return insertNick(sorted, nicks[0]!);
  // The last of several entries for one nick wins, as one by one; the list's own entry goes.
  const last = new Map<string, number>();
  for (let i = 0; i < nicks.length; i++) last.set(foldName(nicks[i]!), i);
  const incoming: string[] = [];
  const drop = new Set<number>();
  for (let i = 0; i < nicks.length; i++) {
    const nick = nicks[i]!;
    if (!nick || last.get(foldName(nick)) !== i) continue;
    const at = findNick(sorted, nick);
    if (at >= 0) drop.add(at);
    incoming.push(nick);
  }
  const kept = drop.size > 0 ? sorted.filter((_, i) => !drop.has(i)) : sorted;
  // A stable sort keeps ties in arrival order, each after the list's own ties: as one by one.
  const added = incoming.map((nick, i) => ({ nick, i }));
  added.sort((a, b) => nickOrder(a.nick, b.nick) || a.i - b.i);
  const merged: string[] = new Array(kept.length + added.length);
  let k = 0;
  let a = 0;
  for (let m = 0; m < merged.length; m++) {
    if (a < added.length && (k >= kept.length || nickOrder(kept[k]!, added[a]!.nick) > 0))
      merged[m] = added[a++]!.nick;
    else merged[m] = kept[k++]!;
  }
  return merged;
}

/** The list without `nick`; the same list when it is not in it. */
export function removeNick(sorted: string[], nick: string): string[] {
  const at = findNick(sorted, nick);
  if (at < 0) return sorted;
  const copy = sorted.slice();
  copy.splice(at, 1);
  return copy;
}

/** The list without any of `nicks` (a burst of quits): one copy, whatever their number. */
export function removeNicks(sorted: string[], nicks: readonly string[]): string[] {
  if (nicks.length === 1) return removeNick(sorted, nicks[0]!);
  const drop = new Set<number>();
  for (const nick of nicks) {
    const at = findNick(sorted, nick);
    if (at >= 0) drop.add(at);
  }
  return drop.size === 0 ? sorted : sorted.filter((_, i) => !drop.has(i));
}

/** True when `nick` is in the list. */
export function hasNick(sorted: readonly string[], nick: string): boolean {
  return findNick(sorted, nick) >= 0;
}
