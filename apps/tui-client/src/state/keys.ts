// Terminal input → keys. Ink's parser hands us raw pieces (a run of text, or one escape sequence);
// this decoder turns them into named keys and tracks bracketed paste. Only a bracketed paste is a
// paste: anything typed, however fast, is keys, and Enter sends.
import { type MouseEvent, splitMouseReports } from "./mouse.js";

export type KeyName =
  | "enter"
  | "tab"
  | "backtab"
  | "backspace"
  | "delete"
  | "up"
  | "down"
  | "left"
  | "right"
  | "home"
  | "end"
  | "pageUp"
  | "pageDown"
  | "escape";

export type Key =
  /** Printable text typed (possibly several characters that arrived together). */
  | { type: "text"; text: string }
  /**
   * Bracketed-paste text, line breaks normalised to "\n" and trailing ones dropped (a copied line
   * usually ends in one); never submits by itself.
   */
  | { type: "paste"; text: string }
  | { type: "key"; name: KeyName; alt: boolean; ctrl: boolean }
  /** Ctrl plus a letter, e.g. "n" for Ctrl+N. */
  | { type: "ctrl"; letter: string }
  /** Alt (Meta) plus a printable character, e.g. "1" or "a". */
  | { type: "alt"; char: string }
  /** A mouse report (while mouse reporting is on). */
  | { type: "mouse"; event: MouseEvent };

const PASTE_START = "\x1b[200~";
const PASTE_END = "\x1b[201~";

/** Final byte of CSI / SS3 sequences → key. */
const CSI_LETTERS: Record<string, KeyName> = {
  A: "up",
  B: "down",
  C: "right",
  D: "left",
  H: "home",
  F: "end",
  Z: "backtab",
};
/** Number of "CSI n ~" sequences → key. */
const CSI_TILDE: Record<string, KeyName> = {
  "1": "home",
  "7": "home",
  "4": "end",
  "8": "end",
  "3": "delete",
  "5": "pageUp",
  "6": "pageDown",
};

export interface KeyDecoder {
  /** Decodes one piece of input into zero or more keys (zero while a paste is being collected). */
  push(piece: string): Key[];
}

export function createKeyDecoder(): KeyDecoder {
  let paste: string[] | null = null;
  return {
    push(piece) {
      if (paste) {
        const end = piece.indexOf(PASTE_END);
        if (end < 0) {
          paste.push(piece);
          return [];
        }
        paste.push(piece.slice(0, end));
        const text = paste.join("");
        paste = null;
        const rest = piece.slice(end + PASTE_END.length);
        const pasted = normaliseBreaks(text).replace(/\n+$/, "");
        return [
          ...(pasted ? [{ type: "paste", text: pasted } as const] : []),
          ...(rest ? decodePiece(rest) : []),
        ];
      }
      const start = piece.indexOf(PASTE_START);
      if (start >= 0) {
        const before = start > 0 ? decodePiece(piece.slice(0, start)) : [];
        paste = [];
        const rest = piece.slice(start + PASTE_START.length);
        return [...before, ...(rest ? this.push(rest) : [])];
      }
      return splitMouseReports(piece).flatMap((part) =>
        typeof part === "string" ? decodePiece(part) : [{ type: "mouse", event: part } as const],
      );
    },
  };
}

function normaliseBreaks(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** Decodes one piece outside a paste. */
export function decodePiece(piece: string): Key[] {
  if (piece.startsWith("\x1b")) return [decodeEscape(piece)];
  return decodeText(piece);
}

function decodeEscape(seq: string): Key {
  if (seq === "\x1b") return { type: "key", name: "escape", alt: false, ctrl: false };
  // ESC ESC [ D and friends: Alt plus a special key in terminals that prefix Meta with ESC.
  if (seq.startsWith("\x1b\x1b") && seq.length > 2) {
    const inner = decodeEscape(seq.slice(1));
    return inner.type === "key" ? { ...inner, alt: true } : inner;
  }
  const csi = /^\x1b[[O]([\d;]*)([A-Za-z~])$/.exec(seq);
  if (csi) {
    const params = csi[1]!.split(";");
    const final = csi[2]!;
    const name = final === "~" ? CSI_TILDE[params[0] ?? ""] : CSI_LETTERS[final];
    // xterm modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4).
    const modifier = Math.max(0, Number(params[1] ?? "1") - 1);
    if (name) return { type: "key", name, alt: (modifier & 2) !== 0, ctrl: (modifier & 4) !== 0 };
    return { type: "key", name: "escape", alt: false, ctrl: false };
  }
  const rest = seq.slice(1);
  if (rest === "\x7f" || rest === "\b") return { type: "key", name: "backspace", alt: true, ctrl: false };
  if (rest === "\r") return { type: "key", name: "enter", alt: true, ctrl: false };
  return { type: "alt", char: rest.toLowerCase() };
}

/**
 * A run of text with no escape: characters typed faster than the terminal was read. Control
 * characters inside it become keys, in order, so "one⏎two⏎" typed quickly is two lines sent, as it
 * was when typed slowly. Only a bracketed paste is a paste. A CR LF pair is one Enter.
 */
function decodeText(run: string): Key[] {
  const keys: Key[] = [];
  let text = "";
  const flush = () => {
    if (text) keys.push({ type: "text", text });
    text = "";
  };
  let previous = 0;
  for (const char of run) {
    const code = char.codePointAt(0)!;
    if (code >= 0x20 && code !== 0x7f) {
      text += char;
    } else if (!(code === 0x0a && previous === 0x0d)) {
      flush();
      keys.push(controlKey(code));
    }
    previous = code;
  }
  flush();
  return keys;
}

function controlKey(code: number): Key {
  const named = (name: KeyName): Key => ({ type: "key", name, alt: false, ctrl: false });
  switch (code) {
    case 0x0d:
    case 0x0a:
      return named("enter");
    case 0x09:
      return named("tab");
    case 0x7f:
    case 0x08:
      return named("backspace");
    default:
      return { type: "ctrl", letter: String.fromCharCode(code + 0x60) };
  }
}
