// Scrolling from the newest message to the first: PgUp, then wait until the client's output has
// settled; a page's time runs from the key to the last output it caused.
import { nowUs, sleep } from "../clock.js";
import type { TmuxControl } from "./control.js";

/** The output counts as settled after this long without any. */
const QUIET_MS = 100;
/** A key that brings no output in this long moved nothing. */
const NO_OUTPUT_MS = 2000;
/** Presses in a row that move nothing before the run is given up as stuck. */
const STUCK_PRESSES = 20;

export interface PagingResult {
  /** Time per PgUp that changed the screen, in µs. */
  pageUs: number[];
  /** Presses that brought no output at all. */
  idlePresses: number;
  /** Whether `first` was on screen at the end. */
  reachedFirst: boolean;
}

/** Presses PgUp until the screen shows `first`, at most `maxPresses` times. */
export async function pageToFirst(
  term: TmuxControl,
  first: string,
  maxPresses: number,
): Promise<PagingResult> {
  const pageUs: number[] = [];
  let idlePresses = 0;
  let stuck = 0;
  for (let press = 0; press < maxPresses && stuck < STUCK_PRESSES; press++) {
    const pressedUs = await term.keys("PPage");
    const lastUs = await settled(term, pressedUs);
    if (lastUs > pressedUs) {
      pageUs.push(lastUs - pressedUs);
      stuck = 0;
    } else {
      idlePresses++;
      stuck++;
    }
    if ((await term.screen()).includes(first)) return { pageUs, idlePresses, reachedFirst: true };
  }
  return { pageUs, idlePresses, reachedFirst: false };
}

/** Waits until the output has been quiet for QUIET_MS after `fromUs`; returns the last output's time. */
async function settled(term: TmuxControl, fromUs: number): Promise<number> {
  for (;;) {
    await sleep(10);
    const last = Math.max(term.lastOutputUs, fromUs);
    const quietFor = (nowUs() - last) / 1000;
    if (term.lastOutputUs <= fromUs && quietFor >= NO_OUTPUT_MS) return term.lastOutputUs;
    if (term.lastOutputUs > fromUs && quietFor >= QUIET_MS) return term.lastOutputUs;
  }
}
