// Full-screen mode: the alternate screen and bracketed paste on, and everything put back on exit.
// Ink 6 has no switch for this, so the escape sequences are written around its render.
import { MOUSE_OFF } from "./state/mouse.js";

const ENTER = "\x1b[?1049h\x1b[2J\x1b[H\x1b[?2004h";
// Mouse reporting off too: the client may have turned it on (use-mouse-reporting.ts), and a shell
// left with it on would print escape codes at every click.
const LEAVE = `\x1b[?2004l${MOUSE_OFF}\x1b[?1049l\x1b[?25h`;

let active = false;

/** Switches to the alternate screen and asks the terminal to bracket pasted text. */
export function enterFullScreen(stream: NodeJS.WriteStream = process.stdout): void {
  if (active) return;
  active = true;
  stream.write(ENTER);
}

/** Leaves the alternate screen, turns bracketed paste off and shows the cursor. Safe to call twice. */
export function restoreTerminal(stream: NodeJS.WriteStream = process.stdout): void {
  if (!active) return;
  active = false;
  stream.write(LEAVE);
  if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
}
