// The command parser: one line of input → a type-tagged Command. Pure, so every command and
// every usage error is unit-tested. New commands (e.g. /send, /get for files) are one more table entry.

import { canonicalRoom, nickProblem } from "@parley/protocol";
import { firstWord, usage } from "./command-words.js";
import { USER_COMMANDS, type UserCommand } from "./user-commands.js";

export type Command =
  /** Plain text for the current conversation. */
  | { type: "say"; text: string }
  | { type: "me"; text: string }
  | { type: "join"; room: string }
  /** Leave `room` (default: the current one) or close the current conversation. */
  | { type: "part"; room: string | null; reason: string }
  /** Open a direct conversation with `nick`, sending `text` if given. */
  | { type: "msg"; nick: string; text: string }
  | { type: "nick"; nick: string }
  /** Register the current nick as an account with this password. */
  | { type: "register"; password: string }
  /** Show the topic (null) or set it. */
  | { type: "topic"; topic: string | null }
  | { type: "rooms" }
  | { type: "users"; room: string | null }
  | { type: "help"; topic: string | null }
  /** Send a file to `target` ("#room" or a nick; null: this conversation). */
  | { type: "send"; target: string | null; path: string }
  /** Download a file: `ref` is its id, a prefix of it, or empty for the newest; `dir` null for the default. */
  | { type: "get"; ref: string; dir: string | null }
  /** Stop the newest running transfer, or every one. */
  | { type: "cancel"; all: boolean }
  | { type: "quit"; reason: string }
  /** Known command, wrong arguments: `message` says how to use it. */
  | { type: "usage"; message: string }
  | { type: "unknown"; name: string }
  /** Nothing to do (empty line). */
  | { type: "none" }
  | UserCommand;

export interface CommandSpec {
  name: string;
  aliases: string[];
  /** Argument synopsis for /help, e.g. "<nick> [text]". */
  args: string;
  summary: string;
  /** Builds the command from the text after the name (already trimmed at the start). */
  parse(rest: string): Command;
}

/** The room-name rule in words, as the server applies it. */
const ROOM_RULE = "a room name may hold letters, digits and _ - . only";

/** Room names may be typed with or without the leading "#". */
function roomName(word: string): string {
  return word.replace(/^#/, "");
}

/** A path as typed: surrounding quotes and spaces removed. */
function unquote(text: string): string {
  const trimmed = text.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted ? quoted[2]! : trimmed;
}

/** Every slash command, in the order /help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "join",
    aliases: ["j"],
    args: "<room>",
    summary: "join a room (created if it does not exist) and show its recent history",
    parse(rest) {
      const [room, extra] = firstWord(rest);
      if (!room) return usage(this);
      const name = extra.trim() ? `${room} ${extra.trim()}` : room;
      if (extra.trim() || !canonicalRoom(room))
        return { type: "usage", message: `"${name}" is not a valid room name: ${ROOM_RULE}.` };
      return { type: "join", room: roomName(room) };
    },
  },
  {
    name: "part",
    aliases: ["leave", "close"],
    args: "[room] [reason]",
    summary: "leave a room (default: this one), or close this direct conversation",
    parse(rest) {
      const [word, tail] = firstWord(rest);
      if (word.startsWith("#")) return { type: "part", room: roomName(word), reason: tail };
      return { type: "part", room: null, reason: rest.trim() };
    },
  },
  {
    name: "msg",
    aliases: ["query", "m"],
    args: "<nick> [text]",
    summary: "open a direct conversation with someone, sending text if given",
    parse(rest) {
      const [nick, text] = firstWord(rest);
      return nick ? { type: "msg", nick, text } : usage(this);
    },
  },
  {
    name: "me",
    aliases: [],
    args: "<action>",
    summary: "describe an action, shown as '* nick waves'",
    parse(rest) {
      return rest.trim() ? { type: "me", text: rest } : usage(this);
    },
  },
  {
    name: "nick",
    aliases: [],
    args: "<new nick>",
    summary: "change your nick",
    parse(rest) {
      const [nick, extra] = firstWord(rest);
      if (!nick) return usage(this);
      const problem = extra.trim() ? "a nick is one word, without spaces" : nickProblem(nick);
      if (problem) return { type: "usage", message: `"${rest.trim()}" is not a valid nick: ${problem}.` };
      return { type: "nick", nick };
    },
  },
  {
    name: "register",
    aliases: [],
    args: "<password>",
    summary: "register your nick as an account, protected by this password (shown as dots, never kept)",
    parse(rest) {
      const password = rest.replace(/^\s+|\s+$/g, "");
      return password ? { type: "register", password } : usage(this);
    },
  },
  {
    name: "topic",
    aliases: [],
    args: "[new topic]",
    summary: "show this room's topic, or set it",
    parse(rest) {
      return { type: "topic", topic: rest.trim() ? rest.trim() : null };
    },
  },
  {
    name: "rooms",
    aliases: ["list"],
    args: "",
    summary: "list the rooms on the server",
    parse: () => ({ type: "rooms" }),
  },
  {
    name: "users",
    aliases: ["names", "who"],
    args: "[room]",
    summary: "list who is in a room (default: this one)",
    parse(rest) {
      const [room] = firstWord(rest);
      return { type: "users", room: room ? roomName(room) : null };
    },
  },
  {
    name: "send",
    aliases: [],
    args: "[#room|nick] <path>",
    summary: "send a file (default: to this conversation); quote a path with spaces",
    parse(rest) {
      const [word, tail] = firstWord(rest);
      if (!word) return usage(this);
      if (word.startsWith("#") && word.length > 1)
        return tail.trim() ? { type: "send", target: word, path: unquote(tail) } : usage(this);
      if (/^["']/.test(rest.trim()) || !tail.trim())
        return { type: "send", target: null, path: unquote(rest) };
      return { type: "send", target: word, path: unquote(tail) };
    },
  },
  {
    name: "get",
    aliases: [],
    args: "[id] [dir]",
    summary: "download a file by id (the first few characters do; default: the newest)",
    parse(rest) {
      const [ref, dir] = firstWord(rest);
      return { type: "get", ref, dir: dir.trim() ? unquote(dir) : null };
    },
  },
  {
    name: "cancel",
    aliases: [],
    args: "[all]",
    summary: "stop the newest file transfer still running, or all of them",
    parse(rest) {
      const word = rest.trim().toLowerCase();
      if (word === "") return { type: "cancel", all: false };
      return word === "all" ? { type: "cancel", all: true } : usage(this);
    },
  },
  ...USER_COMMANDS,
  {
    name: "help",
    aliases: ["h", "?"],
    args: "[command]",
    summary: "list commands and keys, or explain one command",
    parse(rest) {
      const [topic] = firstWord(rest);
      return { type: "help", topic: topic ? topic.replace(/^\//, "") : null };
    },
  },
  {
    name: "quit",
    aliases: ["exit", "q"],
    args: "[reason]",
    summary: "leave Parley (Ctrl+C does the same)",
    parse: (rest) => ({ type: "quit", reason: rest.trim() }),
  },
];

/** Finds a command by name or alias, ignoring case. */
export function findCommand(name: string): CommandSpec | undefined {
  const lower = name.toLowerCase();
  return COMMANDS.find((c) => c.name === lower || c.aliases.includes(lower));
}

/**
 * Parses one submitted line. A line starting with "/" is a command; "//text" sends "/text" literally.
 * Plain text keeps its inner whitespace and newlines exactly (pasted text arrives intact).
 */
export function parseInput(line: string): Command {
  if (line.trim() === "") return { type: "none" };
  if (!line.startsWith("/")) return { type: "say", text: line };
  if (line.startsWith("//")) return { type: "say", text: line.slice(1) };
  const match = /^\/(\S+)\s*([\s\S]*)$/.exec(line);
  if (!match) return { type: "usage", message: "Type /help for the list of commands." };
  const spec = findCommand(match[1]!);
  return spec ? spec.parse(match[2]!) : { type: "unknown", name: match[1]! };
}

/** Lines of /help: every command, or one command in detail. */
export function helpLines(topic: string | null): string[] {
  if (topic) {
    const spec = findCommand(topic);
    if (!spec) return [`No such command: /${topic}. Type /help for the list.`];
    const aliases = spec.aliases.length ? ` (also ${spec.aliases.map((a) => `/${a}`).join(", ")})` : "";
    return [`/${spec.name} ${spec.args}`.trimEnd() + aliases, `  ${spec.summary}`];
  }
  const width = Math.max(...COMMANDS.map((c) => `/${c.name} ${c.args}`.length));
  return [
    "Commands:",
    ...COMMANDS.map((c) => `  ${`/${c.name} ${c.args}`.padEnd(width)}  ${c.summary}`),
    "Keys:",
    "  Enter send · Up/Down history · Tab complete nicks and commands · PgUp/PgDn scroll",
    "  Ctrl+N/Ctrl+P or Alt+→/← next/previous room · Alt+1…9 jump · Alt+A next with activity",
    "  Ctrl+W delete word · Ctrl+U/Ctrl+K delete to start/end · Ctrl+C quit",
  ];
}

/** Commands whose argument is a secret: hidden on the input line and never kept in the input history. */
const SECRET_COMMAND = /^(\/register\s+)([\s\S]*)$/i;

/** The line as the screen may show it: a secret argument replaced by one dot per character. */
export function maskSecret(line: string): string {
  const match = SECRET_COMMAND.exec(line);
  return match ? match[1]! + "•".repeat([...match[2]!].length) : line;
}

/** True for a line that must not be kept in the input history. */
export function holdsSecret(line: string): boolean {
  return SECRET_COMMAND.test(line);
}
