// Characters that change how text is shown rather than what it says: C0 and C1 controls (escape
// sequences, CSI as U+009B) and Unicode bidirectional formatting (U+202E makes "invoice<U+202E>fdp.exe" read
// "invoiceexe.pdf"). Names refuse them; whatever prints user text to a terminal escapes or drops them.

/** C0 controls, DEL and C1 controls (U+0080–U+009F). */
const CONTROLS = "\\u0000-\\u001f\\u007f-\\u009f";
/** Bidi embeddings, overrides and isolates: they reorder the text after them. */
const BIDI_FORMATTING = "\\u202a-\\u202e\\u2066-\\u2069";
/** Bidi marks (ALM, LRM, RLM): invisible, they reorder only neutral characters next to them. */
const BIDI_MARKS = "\\u061c\\u200e\\u200f";

const CONTROL_RE = new RegExp(`[${CONTROLS}]`, "u");
const BIDI_FORMATTING_RE = new RegExp(`[${BIDI_FORMATTING}]`, "u");
const BIDI_ANY_RE = new RegExp(`[${BIDI_FORMATTING}${BIDI_MARKS}]`, "u");
/** Everything a terminal must not be handed raw, line and paragraph separators included. */
const UNSAFE_GLOBAL_RE = new RegExp(`[${CONTROLS}${BIDI_FORMATTING}${BIDI_MARKS}\\u2028\\u2029]`, "gu");
/** The same minus C0, which JSON.stringify escapes in strings itself (and which lays out the document). */
const JSON_UNSAFE_GLOBAL_RE = new RegExp(
  `[\\u007f-\\u009f${BIDI_FORMATTING}${BIDI_MARKS}\\u2028\\u2029]`,
  "gu",
);

/** True if `text` holds a C0 or C1 control character (a tab or a line break counts). */
export function hasControl(text: string): boolean {
  return CONTROL_RE.test(text);
}

/**
 * True if `text` holds a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069),
 * or with `marksToo` also an invisible bidi mark (U+061C, U+200E, U+200F): text in right-to-left
 * scripts needs none of them to show correctly, and names should not carry even the marks.
 */
export function hasBidiControl(text: string, marksToo = false): boolean {
  return (marksToo ? BIDI_ANY_RE : BIDI_FORMATTING_RE).test(text);
}

/**
 * `text` with every control, bidi formatting character and line or paragraph separator replaced by
 * `replacement` (default U+FFFD), for one-line terminal output such as table cells.
 */
export function terminalSafe(text: string, replacement = "\ufffd"): string {
  return text.replace(UNSAFE_GLOBAL_RE, replacement);
}

/**
 * JSON text (from JSON.stringify) with every such character inside its strings written as a `\uXXXX`
 * escape: the same value to a parser, inert on a terminal. JSON.stringify escapes only C0 itself.
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(JSON_UNSAFE_GLOBAL_RE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
