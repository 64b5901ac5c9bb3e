// The commands IRC users reach for beyond chatting: options (/set, /unset), whom to hide (/ignore,
// /unignore), searching history (/search, /goto), and presence (/whois, /away, /back). Parsing only;
// hooks carry them out.
import { nickProblem } from "@parley/protocol";
import { findOption } from "../config/options.js";
import { firstWord, usage } from "./command-words.js";
import type { Command, CommandSpec } from "./commands.js";

export type UserCommand =
  /** List every option (name null), show one (value null), or set one. */
  | { type: "set"; name: string | null; value: string | null }
  /** Put an option back to its default. */
  | { type: "unset"; name: string }
  /** Hide someone's messages (nick null: list who is ignored). */
  | { type: "ignore"; nick: string | null }
  | { type: "unignore"; nick: string }
  /**
   * Search the stored history for `text`: this conversation, or everything readable when `all` (or
   * when the current buffer is no conversation). Empty `text`: the next page of the last search.
   */
  | { type: "search"; text: string; all: boolean }
  /** Show the search match numbered `index` (from 1) in its conversation. */
  | { type: "goto"; index: number }
  /** Ask the server who holds `nick`. */
  | { type: "whois"; nick: string }
  /** Go away with `message`, or come back when it is empty. */
  | { type: "away"; message: string };

/** A value may be quoted to hold spaces or to be empty: /set timestamp_format "". */
function unquoteValue(text: string): string {
  const quoted = /^"(.*)"$/.exec(text.trim());
  return quoted ? quoted[1]! : text.trim();
}

function optionName(word: string): Command | null {
  if (findOption(word)) return null;
  return { type: "usage", message: `No option "${word}". Type /set for the list.` };
}

function nickArgument(spec: { name: string; args: string }, rest: string): Command | string {
  const [nick, extra] = firstWord(rest);
  if (!nick) return usage(spec);
  const problem = extra.trim() ? "a nick is one word, without spaces" : nickProblem(nick);
  return problem ? { type: "usage", message: `"${rest.trim()}" is not a valid nick: ${problem}.` } : nick;
}

export const USER_COMMANDS: readonly CommandSpec[] = [
  {
    name: "search",
    aliases: ["grep"],
    args: "[-all] [words]",
    summary:
      "search the server's history of this conversation (-all: everything you may read); alone: more matches",
    parse(rest) {
      const [first, tail] = firstWord(rest);
      const all = first.toLowerCase() === "-all";
      return { type: "search", text: (all ? tail : rest).trim(), all };
    },
  },
  {
    name: "goto",
    aliases: [],
    args: "<n>",
    summary: "show search match number n in its conversation, with the messages around it",
    parse(rest) {
      const n = Number(rest.trim());
      return Number.isInteger(n) && n >= 1 ? { type: "goto", index: n } : usage(this);
    },
  },
  {
    name: "whois",
    aliases: ["wi"],
    args: "<nick>",
    summary: "show who someone is: account or guest, idle time, rooms you share, away message",
    parse(rest) {
      const nick = nickArgument(this, rest);
      return typeof nick === "string" ? { type: "whois", nick } : nick;
    },
  },
  {
    name: "away",
    aliases: [],
    args: "[message]",
    summary: "mark yourself away (people who message you are told once); alone: back",
    parse(rest) {
      return { type: "away", message: rest.replace(/\s+/g, " ").trim() };
    },
  },
  {
    name: "back",
    aliases: [],
    args: "",
    summary: "you are back: no longer away",
    parse: () => ({ type: "away", message: "" }),
  },
  {
    name: "set",
    aliases: [],
    args: "[option [value]]",
    summary: "list the options, show one, or change it (saved in the config file)",
    parse(rest) {
      const [name, value] = firstWord(rest);
      if (!name) return { type: "set", name: null, value: null };
      const unknown = optionName(name);
      if (unknown) return unknown;
      return { type: "set", name, value: value.trim() ? unquoteValue(value) : null };
    },
  },
  {
    name: "unset",
    aliases: [],
    args: "<option>",
    summary: "put an option back to its default",
    parse(rest) {
      const [name] = firstWord(rest);
      if (!name) return usage(this);
      return optionName(name) ?? { type: "unset", name };
    },
  },
  {
    name: "ignore",
    aliases: [],
    args: "[nick]",
    summary: "hide someone's messages on this server (remembered), or list who is hidden",
    parse(rest) {
      if (!rest.trim()) return { type: "ignore", nick: null };
      const nick = nickArgument(this, rest);
      return typeof nick === "string" ? { type: "ignore", nick } : nick;
    },
  },
  {
    name: "unignore",
    aliases: [],
    args: "<nick>",
    summary: "show someone's messages again",
    parse(rest) {
      const nick = nickArgument(this, rest);
      return typeof nick === "string" ? { type: "unignore", nick } : nick;
    },
  },
];
