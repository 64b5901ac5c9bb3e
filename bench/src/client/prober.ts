// Key-echo probes: types one letter into the client's input line and times it until the client has
// written the line with that letter back to the terminal; clears the line now and then.
import { nowUs } from "../clock.js";
import type { TmuxControl } from "./control.js";
import { EchoMatcher, probePrefix, probeText } from "./echo.js";

/** Probes typed on one input line before it is cleared (Ctrl+U), so it never scrolls sideways. */
const PROBES_PER_LINE = 30;

export class KeyProber {
  private readonly matcher = new EchoMatcher();
  private echoed: ((atUs: number) => void) | undefined;
  private line = 0;
  private count = 0;
  private lineReady = false;

  constructor(private readonly term: TmuxControl) {
    term.onOutput = (output) => {
      if (this.matcher.feed(output.text)) {
        const echoed = this.echoed;
        this.echoed = undefined;
        echoed?.(output.atUs);
      }
    };
  }

  /**
   * Types one letter and resolves with the time until its echo, in µs, or undefined if none came
   * within `timeoutMs` (the line is then started afresh on the next probe).
   */
  async probe(timeoutMs: number): Promise<number | undefined> {
    if (!this.lineReady || this.count >= PROBES_PER_LINE) {
      if (!(await this.newLine(timeoutMs))) return undefined;
    }
    const expected = probeText(this.line, this.count + 1);
    const echo = this.waitFor(expected, timeoutMs);
    const typedAtUs = await this.term.type(expected.slice(-1));
    const echoedAtUs = await echo;
    if (echoedAtUs === undefined) {
      this.lineReady = false;
      return undefined;
    }
    this.count++;
    return Math.max(0, echoedAtUs - typedAtUs);
  }

  /** Clears the input line and types the next line's prefix; true once it shows. */
  private async newLine(timeoutMs: number): Promise<boolean> {
    this.line++;
    this.count = 0;
    const prefix = probePrefix(this.line);
    const echo = this.waitFor(prefix, timeoutMs);
    await this.term.keys("C-u");
    await this.term.type(prefix);
    this.lineReady = (await echo) !== undefined;
    return this.lineReady;
  }

  /** Resolves with the arrival time of the output that completes `text`, or undefined after `timeoutMs`. */
  private waitFor(text: string, timeoutMs: number): Promise<number | undefined> {
    this.matcher.expect(text);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.matcher.clear();
        this.echoed = undefined;
        resolve(undefined);
      }, timeoutMs);
      this.echoed = (atUs) => {
        clearTimeout(timer);
        resolve(atUs);
      };
    });
  }
}

/**
 * Probes again and again, `intervalMs` apart (from one echo to the next key), until `stop()`;
 * `record` gets each echo time in µs, or undefined for a probe that timed out.
 */
export function probeContinuously(
  prober: KeyProber,
  intervalMs: number,
  timeoutMs: number,
  record: (echoUs: number | undefined, atUs: number) => void,
): { stop(): Promise<void> } {
  let running = true;
  const loop = (async () => {
    while (running) {
      const startedUs = nowUs();
      record(await prober.probe(timeoutMs), startedUs);
      if (running) await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
    },
  };
}
