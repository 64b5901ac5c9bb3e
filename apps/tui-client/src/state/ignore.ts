// Whose messages are hidden, and the check the reducer makes on every message. Pure.
import { foldName } from "@parley/protocol";

/**
 * One ignore rule. Only nicks exist today; a rule is an object so that an `{ account }` rule can sit
 * beside nick rules (in the reducer and in the saved file) once the server has accounts.
 */
export type IgnoreRule = { nick: string };

/** True when `nick` is hidden by one of the rules (names compare as the server folds them). */
export function isIgnored(rules: readonly IgnoreRule[], nick: string): boolean {
  if (rules.length === 0) return false;
  const folded = foldName(nick);
  return rules.some((rule) => foldName(rule.nick) === folded);
}

/** The rules with `nick` added (once). */
export function addIgnore(rules: readonly IgnoreRule[], nick: string): IgnoreRule[] {
  return isIgnored(rules, nick) ? [...rules] : [...rules, { nick }];
}

/** The rules without `nick`. */
export function removeIgnore(rules: readonly IgnoreRule[], nick: string): IgnoreRule[] {
  const folded = foldName(nick);
  return rules.filter((rule) => foldName(rule.nick) !== folded);
}
