// Conversation logs on disk: one plain-text file per conversation per day, under the log directory,
// in a folder per server. Formatting and naming are pure; ConversationLog gathers lines and appends
// them a file at a time, so a busy room costs one write per file per flush, not one per message.
import { appendFileSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { type ChatMessage, MessageKind, sameName } from "@parley/protocol";
import { printable } from "./components/layout.js";
import { formatTimestamp } from "./components/line-style.js";
import { describeFileMessage } from "./state/transfers.js";

/** The default log directory: $XDG_DATA_HOME/parley/logs, else ~/.local/share/parley/logs. */
export function defaultLogDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_DATA_HOME || join(env.HOME || homedir(), ".local", "share"), "parley", "logs");
}

/** A name every file system takes: no path separators, no leading dot, no control characters. */
function safeName(name: string): string {
  return name.replace(/[^\p{L}\p{N}_\-[\]{}|#.]/gu, "_").replace(/^\.+/, "_");
}

/** YYYY-MM-DD in local time. */
export function localDate(atMs: number): string {
  const d = new Date(atMs);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/**
 * The file a message of `conversation` ("#room" or a nick) goes to:
 * <dir>/<host>_<port>/<conversation>.<YYYY-MM-DD>.log.
 */
export function logFilePath(dir: string, server: string, conversation: string, atMs: number): string {
  return join(dir, safeName(server), `${safeName(conversation)}.${localDate(atMs)}.log`);
}

/** "[HH:mm:ss] <ana> text", or "[HH:mm:ss] * ana waves"; continuation lines indented under the text. */
export function logLine(message: ChatMessage, atMs: number): string {
  const from = message.fromNick ?? "";
  const text = printable(message.file ? describeFileMessage(message.file) : (message.text ?? ""));
  const head = `[${formatTimestamp(atMs, "HH:mm:ss")}] ${
    message.kind === MessageKind.MESSAGE_KIND_ACTION ? `* ${from}` : `<${from}>`
  } `;
  return `${head}${text.replace(/\n/g, `\n${" ".repeat(head.length)}`)}\n`;
}

/** The conversation a stored message belongs to, as its log names it: "#room" or the other person. */
export function conversationOf(message: ChatMessage, me: string): string | null {
  if (message.room) return `#${message.room}`;
  const from = message.fromNick ?? "";
  const peer = sameName(from, me) ? (message.toNick ?? "") : from;
  return peer || null;
}

/** Appends log lines, gathered between flushes, and remembers the newest seq logged per conversation. */
export class ConversationLog {
  private pending = new Map<string, string[]>();
  /** Newest seq written per conversation: a message replayed after a reconnect is logged once. */
  private readonly logged = new Map<string, number>();

  constructor(
    /** The log directory. */
    private readonly dir: string,
    /** "host_port": the folder of this server's logs. */
    private readonly server: string,
  ) {}

  /** Queues a stored message (ours or anyone's) for its conversation's file of its day. */
  add(message: ChatMessage, me: string, nowMs: number): void {
    const conversation = conversationOf(message, me);
    if (!conversation) return;
    const seq = message.seq ?? 0;
    const key = conversation.toLowerCase();
    if (seq > 0 && seq <= (this.logged.get(key) ?? 0)) return;
    if (seq > 0) this.logged.set(key, seq);
    const atMs = message.sentAtMs || nowMs;
    const path = logFilePath(this.dir, this.server, conversation, atMs);
    const lines = this.pending.get(path) ?? [];
    lines.push(logLine(message, atMs));
    this.pending.set(path, lines);
  }

  /** Writes what was queued, one append per file. Throws the first write error (the rest are kept). */
  flush(): void {
    const pending = this.pending;
    this.pending = new Map();
    for (const [path, lines] of pending) {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      appendFileSync(path, lines.join(""), { mode: 0o600 });
    }
  }
}
