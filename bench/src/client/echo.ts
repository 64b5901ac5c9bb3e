// Key echo read from the output stream: after a key is typed, the first piece of output that completes
// the input line's expected text is the echo. Pure: fed the pane's output pieces in order.

/**
 * Characters typed as probes: letters that neither the bots' payloads ("<digits>.<digits>.<digits>;"
 * and "x" padding, nicks "b<digits>") nor the screen's fixed words put after a `~<letter>~` prefix.
 */
export const PROBE_ALPHABET = "abcdefghijklmnopqrstuvw";

/** Finds a text in the output once it appears, even split across pieces. */
export class EchoMatcher {
  private tail = "";
  private expected: string | undefined;

  /** Starts looking for `text` in output fed from now on. */
  expect(text: string): void {
    this.expected = text;
    this.tail = "";
  }

  /** Stops looking. */
  clear(): void {
    this.expected = undefined;
    this.tail = "";
  }

  get waiting(): boolean {
    return this.expected !== undefined;
  }

  /** Feeds one piece of output; true when it completes the expected text (which is then forgotten). */
  feed(piece: string): boolean {
    const expected = this.expected;
    if (expected === undefined) return false;
    const haystack = this.tail + piece;
    if (haystack.includes(expected)) {
      this.clear();
      return true;
    }
    // Keep just enough to find the text split across this piece and the next.
    this.tail = haystack.slice(-Math.max(0, expected.length - 1));
    return false;
  }
}

/**
 * The prefix typed (and waited for) at the start of input line number `line`: it differs from the
 * previous line's, so a late redraw of the line just cleared is never taken for the new one.
 */
export function probePrefix(line: number): string {
  return `~${PROBE_ALPHABET[line % PROBE_ALPHABET.length]}~`;
}

/** The input line's text after `count` probes on line number `line`: its prefix, then letters in turn. */
export function probeText(line: number, count: number): string {
  let text = probePrefix(line);
  for (let i = 0; i < count; i++) text += PROBE_ALPHABET[i % PROBE_ALPHABET.length];
  return text;
}
