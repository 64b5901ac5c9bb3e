// What every command parser shares: splitting off a word, and the usage line of a command.
import type { Command } from "./commands.js";

/** The command's synopsis, as its usage error. */
export const usage = (spec: { name: string; args: string }): Command => ({
  type: "usage",
  message: `Usage: /${spec.name} ${spec.args}`.trimEnd(),
});

/** Splits off the first whitespace-separated word. */
export function firstWord(text: string): [string, string] {
  const match = /^(\S*)\s*([\s\S]*)$/.exec(text.trimStart())!;
  return [match[1]!, match[2]!];
}
