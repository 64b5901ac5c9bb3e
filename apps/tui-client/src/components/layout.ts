// Pure layout for the message view: wraps lines to the terminal's width measuring each grapheme's
// display width (so Chinese, Japanese and emoji take two columns), and picks stable nick colours.
import { timeFormat } from "@parley/cli-shell";
import { foldName } from "@parley/protocol";
import stringWidth from "string-width";
import type { Line } from "../state/model.js";
import { showableClusters } from "./clusters.js";
import { formatTimestamp, lineStyle } from "./line-style.js";

/** A run of text with one style. Colours are Ink/chalk colour names. */
export interface Segment {
  text: string;
  color?: string;
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
}

/** One terminal row of the message view. */
export type Row = { key: string; segments: Segment[] };

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Text from other people with every control character removed but "\n" (tabs become spaces), bidi
 * embeddings, overrides and isolates removed (U+202E turns "invoice<U+202E>fdp.exe" into "invoiceexe.pdf"), and
 * emoji sequences the terminal cannot draw as one emoji rewritten to what it can (clusters.ts).
 * Escape sequences in a message must not reach the terminal: they could recolour the screen, move
 * the cursor, retitle the window or write to the clipboard.
 */
export function printable(text: string): string {
  return showableClusters(
    text.replace(/\t/g, "    ").replace(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, ""),
  );
}

/** Display width in terminal columns: Ink's own measure (the same string-width), so both agree. */
export function textWidth(text: string): number {
  return stringWidth(text);
}

/**
 * Wraps `text` into rows of at most `width` columns: at spaces where it can, inside a word when it
 * must (a wide character never straddles the edge), and always at "\n". Never returns zero rows.
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(1, width);
  const rows: string[] = [];
  for (const paragraph of text.split("\n")) {
    let row = "";
    let rowWidth = 0;
    // Words keep their trailing spaces, so a row breaks after the space, not before it.
    for (const word of paragraph.match(/\S+\s*|\s+/gu) ?? [""]) {
      const trimmed = word.trimEnd();
      const wordWidth = textWidth(trimmed);
      // Chinese, Japanese and Korean text has no spaces between words: it may break anywhere.
      const breakAnywhere = CJK.test(trimmed);
      if (!breakAnywhere && rowWidth > 0 && rowWidth + wordWidth > max) {
        rows.push(row.trimEnd());
        row = "";
        rowWidth = 0;
      }
      if (!breakAnywhere && wordWidth <= max - rowWidth) {
        row += word;
        rowWidth += textWidth(word);
        continue;
      }
      // Longer than a row, or CJK: break between graphemes (a wide one never straddles the edge).
      for (const { segment } of segmenter.segment(word)) {
        const w = textWidth(segment);
        if (rowWidth + w > max && rowWidth > 0) {
          rows.push(row.trimEnd());
          row = "";
          rowWidth = 0;
        }
        if (rowWidth === 0 && rows.length > 0 && /^\s$/u.test(segment)) continue;
        row += segment;
        rowWidth += w;
      }
    }
    rows.push(row.trimEnd());
  }
  return rows;
}

/** Cuts `text` to at most `width` columns, ending in "…" when it had to cut. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let out = "";
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = textWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Pads (or cuts) to exactly `width` columns. */
export function fit(text: string, width: number, align: "left" | "right" = "left"): string {
  const cut = truncate(printable(text).replace(/\n/g, " "), width);
  const pad = " ".repeat(Math.max(0, width - textWidth(cut)));
  return align === "left" ? cut + pad : pad + cut;
}

const NICK_COLOURS = [
  "cyan",
  "green",
  "yellow",
  "blue",
  "magenta",
  "cyanBright",
  "greenBright",
  "blueBright",
  "magentaBright",
  "redBright",
  "#d7875f",
  "#87afd7",
] as const;

/**
 * The same nick always gets the same colour, in every buffer and every session (FNV-1a hash);
 * undefined (the terminal's own colour) with the colors option off.
 */
export function nickColour(nick: string): string | undefined {
  if (!lineStyle().colors) return undefined;
  let hash = 0x811c9dc5;
  for (const char of foldName(nick)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return NICK_COLOURS[hash % NICK_COLOURS.length]!;
}

/**
 * The time before a line by the timestamp_format option: the locale's clock ("14:05", "02:05 PM")
 * by default, else the option's pattern; "" when the option hides the time.
 */
export function formatTime(atMs: number): string {
  const format = lineStyle().timestampFormat;
  return format === "locale" ? timeFormat.clock(atMs) : formatTimestamp(atMs, format);
}

/** Columns of the time column, without its trailing space: every time fits (only "H" varies). */
function timeColumnWidth(): number {
  const format = lineStyle().timestampFormat;
  if (format === "locale") return timeFormat.clockWidth;
  return textWidth(formatTimestamp(new Date(2000, 0, 1, 12, 59, 59).getTime(), format));
}

const SYSTEM_STYLE: Record<Extract<Line, { type: "system" }>["tone"], { mark: string; segment: Segment }> = {
  event: { mark: "--", segment: { text: "", dim: true } },
  info: { mark: "--", segment: { text: "", color: "gray" } },
  notice: { mark: "**", segment: { text: "", color: "yellow", bold: true } },
  error: { mark: "!!", segment: { text: "", color: "red" } },
};

/** A search term's words: the term at the start of a word, and the rest of that word. */
function termPattern(terms: readonly string[]): RegExp | null {
  const words = terms.filter(Boolean).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return words.length
    ? new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${words.join("|")})[\\p{L}\\p{N}\\p{M}]*`, "giu")
    : null;
}

/**
 * `text` cut into segments of `base` style, the words that start with a search term shown in
 * reverse video (any case), as the server matched them.
 */
export function highlightTerms(text: string, terms: readonly string[] | undefined, base: Segment): Segment[] {
  const pattern = terms ? termPattern(terms) : null;
  if (!pattern) return [{ ...base, text }];
  const segments: Segment[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) segments.push({ ...base, text: text.slice(at, match.index) });
    segments.push({ ...base, text: match[0], inverse: true, bold: true });
    at = match.index + match[0].length;
  }
  if (at < text.length || segments.length === 0) segments.push({ ...base, text: text.slice(at) });
  return segments;
}

/** Rows of one line: `time nick │ text`, continuation rows indented under the text. */
export function lineRows(line: Line, width: number, nickWidth: number): Row[] {
  const timeWidth = timeColumnWidth();
  // The time and its space, or nothing at all when the time is hidden.
  const timeColumn = timeWidth > 0 ? timeWidth + 1 : 0;
  const prefixWidth = timeColumn + nickWidth + 3;
  const textWidthAvailable = Math.max(8, width - prefixWidth);
  let nickSegment: Segment;
  let body: Segment;
  if (line.type === "system") {
    const style = SYSTEM_STYLE[line.tone];
    nickSegment = { ...style.segment, text: fit(style.mark, nickWidth, "right") };
    body = { ...style.segment, text: line.text };
  } else {
    const highlight = line.mention || line.found ? { color: "yellowBright", bold: true } : {};
    const ownStyle = line.own ? { bold: true } : {};
    const pending = line.pending ? { dim: true } : {};
    if (line.action) {
      nickSegment = { text: fit("*", nickWidth, "right"), ...ownStyle };
      body = { text: `${line.from} ${line.text}`, ...ownStyle, ...highlight, ...pending };
    } else {
      nickSegment = {
        text: fit(line.from, nickWidth, "right"),
        color: nickColour(line.from),
        bold: true,
        inverse: line.own || line.found,
      };
      body = { text: line.text, ...highlight, ...pending };
    }
  }
  const texts = wrapText(printable(body.text), textWidthAvailable);
  const terms = line.type === "message" ? line.terms : undefined;
  const bodyRow = (text: string) => highlightTerms(text, terms, body);
  const time = timeColumn > 0 ? `${fit(line.atMs ? formatTime(line.atMs) : "", timeWidth)} ` : "";
  const rows = texts.map((text, i) => ({
    key: `${line.id}:${i}`,
    segments:
      i === 0
        ? [{ text: time, dim: true }, nickSegment, { text: " │ ", dim: true }, ...bodyRow(text)]
        : [{ text: " ".repeat(timeColumn + nickWidth) }, { text: " │ ", dim: true }, ...bodyRow(text)],
  }));
  if (lineStyle().colors) return rows;
  return rows.map((row) => ({ ...row, segments: row.segments.map(({ color: _dropped, ...rest }) => rest) }));
}

/** Width of the nick column: the longest recent sender, kept between 6 and 14 columns. */
export function nickColumnWidth(lines: readonly Line[]): number {
  let widest = 6;
  for (let i = Math.max(0, lines.length - 300); i < lines.length; i++) {
    const line = lines[i]!;
    if (line.type === "message" && !line.action) widest = Math.max(widest, textWidth(line.from));
  }
  return Math.min(14, widest);
}
