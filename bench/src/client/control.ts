// A program in a tmux pane, driven through one tmux client in control mode: keys go in as commands on
// a pipe that stays open, and everything the program writes comes back as %output lines, each
// stamped on arrival, so key-echo times include no process start-up of a tmux command per key.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { nowUs } from "../clock.js";

/** Something the program wrote, as tmux escapes it (bytes below 0x20 and `\` as octal), and when it came. */
export interface PaneOutput {
  text: string;
  atUs: number;
}

/** ESC [2J as tmux escapes it in %output. */
const CLEAR_SCREEN = "\\033[2J";
/**
 * ESC [?2026h (begin synchronized update) as tmux escapes it: Ink opens every frame it writes to a
 * terminal with it, so counting it counts frames.
 */
const FRAME_START = "\\033[?2026h";

/** A reply to one command: its lines, or the error tmux gave. */
interface Reply {
  lines: string[];
  error: boolean;
}

/** Thrown when tmux refuses a command or goes away. */
export class TmuxControlError extends Error {
  override name = "TmuxControlError";
}

/** One tmux server of our own (its own socket), one session, one control client. */
export class TmuxControl {
  private readonly socket = `parley-bench-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private client: ChildProcess | undefined;
  private readonly waiting: ((reply: Reply) => void)[] = [];
  private block: Reply | undefined;
  private ownBlock = false;
  /** Called for every piece of output of the pane, in order. */
  onOutput: ((output: PaneOutput) => void) | undefined;
  /** Characters of output seen so far, as escaped (a close upper bound on the bytes written). */
  outputChars = 0;
  /** Whole-screen clears (ESC [2J) written so far: each one starts a full redraw. */
  fullRedraws = 0;
  /** Frames written so far (each opens a synchronized update). */
  frames = 0;
  /** When the last piece of output came (nowUs), 0 before any. */
  lastOutputUs = 0;

  constructor(private readonly session = "parley") {}

  /** Starts `command` in a detached session of `columns` × `rows` and attaches the control client. */
  async start(command: string, columns: number, rows: number): Promise<void> {
    this.tmux(
      "new-session",
      "-d",
      "-s",
      this.session,
      "-x",
      String(columns),
      "-y",
      String(rows),
      command,
      ";",
      "set-option",
      "-g",
      "window-size",
      "manual",
    );
    const client = spawn("tmux", ["-L", this.socket, "-f", "/dev/null", "-C", "attach", "-t", this.session], {
      stdio: ["pipe", "pipe", "ignore"],
    });
    this.client = client;
    createInterface({ input: client.stdout! }).on("line", (line) => this.onLine(line, nowUs()));
    client.once("exit", () => {
      for (const resolve of this.waiting.splice(0))
        resolve({ lines: ["tmux control client ended"], error: true });
    });
    const size = await this.command(
      `display-message -p -t ${this.target} "#{window_width}x#{window_height}"`,
    );
    if (size[0] !== `${columns}x${rows}`) {
      throw new TmuxControlError(`the pane is ${size[0]}, not ${columns}x${rows}`);
    }
  }

  private get target(): string {
    return `=${this.session}:`;
  }

  /** Runs one tmux command through the control client and resolves with its output lines. */
  command(line: string): Promise<string[]> {
    const client = this.client;
    if (!client?.stdin?.writable) return Promise.reject(new TmuxControlError("tmux is not running"));
    return new Promise((resolve, reject) => {
      this.waiting.push((reply) => {
        if (reply.error) reject(new TmuxControlError(`tmux ${line}: ${reply.lines.join(" ")}`));
        else resolve(reply.lines);
      });
      client.stdin!.write(`${line}\n`);
    });
  }

  /**
   * Types literal text into the pane; resolves with the time (nowUs) just before it was handed to
   * tmux, so an echo time measured from it includes tmux passing the key on.
   */
  async type(text: string): Promise<number> {
    const atUs = nowUs();
    await this.command(`send-keys -t ${this.target} -l ${quote(text)}`);
    return atUs;
  }

  /** Sends tmux key names ("PPage", "Enter", "C-u"); resolves with the time they were handed over. */
  async keys(...names: string[]): Promise<number> {
    const atUs = nowUs();
    await this.command(`send-keys -t ${this.target} ${names.join(" ")}`);
    return atUs;
  }

  /** The visible screen, one string per row. */
  async screen(): Promise<string> {
    return (await this.command(`capture-pane -p -t ${this.target}`)).join("\n");
  }

  /** Process id of the program in the pane (the command is started with `exec`, so it is the pane's). */
  async panePid(): Promise<number> {
    const [pid] = await this.command(`display-message -p -t ${this.target} "#{pane_pid}"`);
    return Number(pid);
  }

  /** Ends the tmux server, the session and the program in it. */
  kill(): void {
    try {
      this.tmux("kill-server");
    } catch {
      // Already gone (the program ended and took the session with it).
    }
    this.client?.kill();
  }

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  }

  private onLine(line: string, atUs: number): void {
    if (this.block) {
      if (line.startsWith("%end ") || line.startsWith("%error ")) {
        const reply = { lines: this.block.lines, error: line.startsWith("%error ") };
        const own = this.ownBlock;
        this.block = undefined;
        if (own) this.waiting.shift()?.(reply);
      } else this.block.lines.push(line);
      return;
    }
    if (line.startsWith("%output ")) {
      const text = line.slice(line.indexOf(" ", 8) + 1);
      this.outputChars += text.length;
      this.lastOutputUs = atUs;
      for (let i = text.indexOf(CLEAR_SCREEN); i >= 0; i = text.indexOf(CLEAR_SCREEN, i + 1))
        this.fullRedraws++;
      for (let i = text.indexOf(FRAME_START); i >= 0; i = text.indexOf(FRAME_START, i + 1)) this.frames++;
      this.onOutput?.({ text, atUs });
    } else if (line.startsWith("%begin ")) {
      this.block = { lines: [], error: false };
      // The last field is 1 for a command this client sent (0 for tmux's own, such as the attach).
      this.ownBlock = line.trim().endsWith(" 1");
    }
  }
}

/** Quotes an argument for tmux's command parser. */
function quote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}
