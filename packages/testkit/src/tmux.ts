// Drives real programs in tmux panes (pseudo-terminals): start, type, paste, read the screen. Each
// Tmux instance has its own tmux server socket, so tests never touch a person's sessions.
import { execFileSync } from "node:child_process";
import { expect, vi } from "vitest";

const quote = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;

/**
 * The shell command that runs `entry` from source in `cwd`, as a person would during development.
 * After the program exits it prints `EXITED <code>` and keeps the pane, so a test can read both.
 * NODE_ENV is unset as in a person's shell (vitest sets it to "test"). `nodeFlags` go to node before
 * everything else (as a shebang's would).
 */
export function paneCommand(
  cwd: string,
  entry: string,
  args: readonly string[],
  preload: string[] = [],
  nodeFlags: readonly string[] = [],
): string {
  const imports = ["tsx", ...preload].map((m) => `--import ${quote(m)}`).join(" ");
  const flags = nodeFlags.map((f) => `${quote(f)} `).join("");
  return `cd ${quote(cwd)} && env -u NODE_ENV node ${flags}--conditions=source ${imports} ${quote(entry)} ${args.map(quote).join(" ")}; echo "EXITED $?"; sleep 600`;
}

export class Tmux {
  private readonly socket = `parley-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
  }

  /** Starts `command` in a new detached session of the given size. */
  start(name: string, command: string, columns = 100, rows = 30): void {
    this.tmux("new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows), command);
  }

  /** Types literal text (no key names interpreted). */
  type(name: string, text: string): void {
    this.tmux("send-keys", "-t", `=${name}:`, "-l", text);
  }

  /** Pastes `text` as a terminal does with bracketed paste on (the application asked for it). */
  paste(name: string, text: string): void {
    execFileSync("tmux", ["-L", this.socket, "-f", "/dev/null", "load-buffer", "-b", "paste", "-"], {
      input: text,
    });
    this.tmux("paste-buffer", "-p", "-d", "-b", "paste", "-t", `=${name}:`);
  }

  /**
   * Appends everything the program in the pane writes from now on, escape sequences and all, to
   * `path`: what the screen cannot show (a bell, a notification escape, a mode switch).
   */
  record(name: string, path: string): void {
    this.tmux("pipe-pane", "-O", "-t", `=${name}:`, `cat >> '${path}'`);
  }

  /** Sends tmux key names, e.g. "Enter", "C-c", "M-2". */
  keys(name: string, ...keys: string[]): void {
    this.tmux("send-keys", "-t", `=${name}:`, ...keys);
  }

  /** The visible screen of the pane, one string per row; with `escapes`, colours and attributes as SGR sequences. */
  screen(name: string, escapes = false): string {
    return this.tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", `=${name}:`);
  }

  /**
   * Resolves with the screen once the pane shows `pattern`; on timeout the failure message carries the
   * whole screen, so a test that fails says what was there instead.
   */
  waitForScreen(name: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
    return vi.waitFor(
      () => {
        const screen = this.screen(name);
        expect(screen).toMatch(pattern);
        return screen;
      },
      { timeout: timeoutMs, interval: 50 },
    );
  }

  /**
   * Resolves with the screen once it differs from `previous`, shows `pattern`, and reads the same on
   * two captures in a row: a redraw can reach the terminal in pieces, and a capture between them
   * shows part of each (a page seen that way would skip rows). On timeout the failure message
   * carries the whole screen.
   */
  waitForNewScreen(name: string, previous: string, pattern = /[\s\S]/, timeoutMs = 15_000): Promise<string> {
    let last: string | undefined;
    return vi.waitFor(
      () => {
        const screen = this.screen(name);
        const settled = screen === last;
        last = screen;
        expect(screen).not.toBe(previous);
        expect(screen).toMatch(pattern);
        expect(settled, "the screen was still changing").toBe(true);
        return screen;
      },
      { timeout: timeoutMs, interval: 50 },
    );
  }

  /** Resizes the session's window, as a person dragging the terminal's corner would. */
  resize(name: string, columns: number, rows: number): void {
    this.tmux("resize-window", "-t", `=${name}:`, "-x", String(columns), "-y", String(rows));
  }

  /** A tmux format evaluated for the pane, e.g. "#{alternate_on}" (1 while on the alternate screen). */
  format(name: string, format: string): string {
    return this.tmux("display-message", "-p", "-t", `=${name}:`, format).trim();
  }

  /** Process id of the program the pane's shell is running, or undefined. */
  childPid(name: string): number | undefined {
    const shell = this.format(name, "#{pane_pid}");
    try {
      const out = execFileSync("pgrep", ["-P", shell], { encoding: "utf8" }).trim();
      return out ? Number(out.split("\n")[0]) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stops every session of this tmux server. */
  kill(): void {
    try {
      this.tmux("kill-server");
    } catch {
      // Already gone.
    }
  }
}
