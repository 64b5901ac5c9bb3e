// Runs the real parley-server (from its TypeScript sources, as a separate process) on one data
// directory: start, SIGKILL or SIGTERM, start again, kick a nick as an operator, and try a second
// server on the same directory.
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { ADMIN_TOKEN_FILE_NAME, ProtocolClient } from "@parley/protocol";
import { spawnSource } from "@parley/testkit";

const serverMain = join(dirname(fileURLToPath(import.meta.url)), "../../src/main.ts");

/** The server did not start (it exited, or printed no "listening" line in time). */
export class ServerStartError extends Error {
  override name = "ServerStartError";
}

/** How long a server may take to print its "listening" line; tsx compiles the sources first. */
const START_TIMEOUT_MS = 30_000;

interface Started {
  child: ChildProcess;
  port: number;
  /** The admin listener's port. */
  adminPort: number;
  /** Resolves when the process has exited, with its exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** `ServerProcess.generation` while this process ran; a kill moves the counter past it. */
  generation: number;
}

/**
 * What a chaos run drives: one server (ServerProcess) or the nodes of a cluster (ClusterServers).
 * Generations name one server process's life: a connection keeps the one it was made in, and asks
 * afterwards whether that process was killed or was shutting down when the connection closed.
 */
export interface ChaosTarget {
  /** Problems seen, for the checker. */
  readonly incidents: readonly string[];
  start(): Promise<unknown>;
  /** A chat port to connect to, and the generation of the process listening there. */
  endpoint(): Promise<{ port: number; generation: number }>;
  /** Whether the process of `generation` was killed (or exited) since. */
  wasKilled(generation: number): boolean;
  /** Whether the process of `generation` is being shut down by SIGTERM. */
  isShuttingDown(generation: number): boolean;
  /** SIGKILL (of one node) and a start again. */
  restart(): Promise<unknown>;
  /** SIGTERM (of one node) and a start again. */
  restartGracefully(): Promise<unknown>;
  /** An operator's AdminKick of `nick`. */
  kick(nick: string): Promise<void>;
  /** Starts a second server on a data directory in use; it must refuse. */
  trySecondServer(): Promise<void>;
  /** Stops everything for good. */
  stop(): Promise<void>;
  /** Recent stderr lines, for the failure report. */
  tail(): string[];
}

/** Optional settings of a ServerProcess. */
export interface ServerProcessOptions {
  /** The admin token given with --admin-token (default: read from the data directory). */
  adminToken?: string;
  /** The first generation (nodes of a cluster count from different bases so theirs never meet). */
  generationBase?: number;
  /** Names this process in the trace and in stderr lines (default "server"). */
  label?: string;
}

/**
 * One server process at a time on `dataDir`. Anything it does that the harness did not ask for (exit
 * on its own, fail to restart, let a second server start on the same directory) is an incident.
 */
export class ServerProcess implements ChaosTarget {
  /** Bumped on every kill, so a connection can tell whether the server it used was killed. */
  generation: number;
  /** Problems seen, for the checker. */
  readonly incidents: string[] = [];
  private current: Started | undefined;
  private starting: Promise<Started> | undefined;
  private killing = false;
  /** The generation being shut down by SIGTERM: its connections close as "shutdown", not "killed". */
  shuttingDown: number | undefined;
  /** A second server being tried; a kill waits for it, or the second could take over the directory. */
  private secondServer: Promise<void> | undefined;
  /** Last lines the servers wrote on stderr, for the failure report. */
  private readonly stderrTail: string[] = [];

  constructor(
    readonly dataDir: string,
    private readonly extraArgs: string[],
    private readonly onEvent: (event: string) => void = () => {},
    private readonly options: ServerProcessOptions = {},
  ) {
    this.generation = options.generationBase ?? 0;
  }

  /** Whether a process is up (not being killed, restarted or started). */
  get running(): boolean {
    return this.current !== undefined;
  }

  wasKilled(generation: number): boolean {
    return this.generation !== generation;
  }

  isShuttingDown(generation: number): boolean {
    return this.shuttingDown === generation;
  }

  /** Starts the server if none is running; resolves with its chat port. */
  async start(): Promise<number> {
    if (this.current) return this.current.port;
    this.starting ??= this.spawnListening(["--data-dir", this.dataDir, ...this.extraArgs]).finally(() => {
      this.starting = undefined;
    });
    const started = await this.starting;
    this.current = started;
    return started.port;
  }

  /**
   * The chat port of the running server (starting or waiting for one), with the generation of that
   * process: a connection compares it with `generation` when it closes to tell a kill from a close.
   */
  async endpoint(): Promise<{ port: number; generation: number }> {
    await this.start();
    const started = this.current;
    if (!started) return this.endpoint(); // killed in between: wait for the next one
    return { port: started.port, generation: started.generation };
  }

  /**
   * An operator's AdminKick of `nick` (no ban) over the admin listener, with the token the server
   * keeps in its data directory. Skipped while no server runs.
   */
  async kick(nick: string): Promise<void> {
    const running = this.current;
    if (!running) return;
    const token =
      this.options.adminToken ?? readFileSync(join(this.dataDir, ADMIN_TOKEN_FILE_NAME), "utf8").trim();
    let admin: ProtocolClient;
    try {
      admin = await ProtocolClient.connect({ port: running.adminPort, requestTimeoutMs: 15_000 });
    } catch {
      return; // killed meanwhile
    }
    try {
      await admin.request({ adminAuth: { token } });
      await admin.request({ adminKick: { nick, reason: "chaos" } });
    } catch (error) {
      if (running === this.current)
        this.incidents.push(`AdminKick ${nick} failed: ${(error as Error).message}`);
    } finally {
      admin.conn.destroy();
    }
  }

  /** SIGKILL: no shutdown, no flush. Resolves once the process is gone. */
  async kill(why = "killed"): Promise<void> {
    const running = this.current ?? (await this.starting?.catch(() => undefined));
    if (!running) return;
    this.killing = true;
    this.generation++;
    this.current = undefined;
    running.child.kill("SIGKILL");
    await running.exited;
    this.killing = false;
    this.onEvent(`${this.options.label ?? "server"} ${why} (generation ${this.generation})`);
  }

  /** Kills and starts again on the same data directory. */
  async restart(): Promise<number> {
    await this.secondServer;
    await this.kill();
    return this.startAgain();
  }

  /**
   * SIGTERM, the operator's way: the server must deliver what it owes, exit with code 0, and start
   * again on the same data directory. Until it has exited, clients keep reaching the old process (and
   * are refused), so the new one never meets the old one's lock.
   */
  async restartGracefully(): Promise<number> {
    await this.secondServer;
    const running = this.current ?? (await this.starting?.catch(() => undefined));
    if (running) {
      this.killing = true;
      this.shuttingDown = running.generation;
      running.child.kill("SIGTERM");
      const code = await running.exited;
      this.current = undefined;
      this.generation++;
      this.shuttingDown = undefined;
      this.killing = false;
      const name = this.options.label ?? "server";
      this.onEvent(`${name} stopped by SIGTERM with code ${code} (generation ${this.generation})`);
      if (code !== 0) this.incidents.push(`${name} exited with ${code} after SIGTERM, not 0`);
    }
    return this.startAgain();
  }

  private async startAgain(): Promise<number> {
    try {
      return await this.start();
    } catch (error) {
      this.incidents.push(`the server did not restart on its data directory: ${(error as Error).message}`);
      throw error;
    }
  }

  /**
   * Starts a second server on the same data directory while this one runs. It must exit with a
   * non-zero code; if it starts listening instead, that is an incident (and it is killed).
   */
  trySecondServer(): Promise<void> {
    if (!this.current || this.secondServer) return Promise.resolve();
    this.secondServer = this.runSecondServer().finally(() => {
      this.secondServer = undefined;
    });
    return this.secondServer;
  }

  private async runSecondServer(): Promise<void> {
    try {
      const second = await this.spawnListening(["--data-dir", this.dataDir, ...this.extraArgs], true);
      this.incidents.push("a second server started on a data directory already in use");
      second.child.kill("SIGKILL");
      await second.exited;
    } catch (error) {
      this.onEvent(`second server refused: ${(error as Error).message}`);
    }
  }

  /** Stops for good (SIGKILL). */
  async stop(): Promise<void> {
    await this.secondServer;
    await this.kill("stopped at the end of the run");
  }

  /** Recent stderr lines of the servers run so far. */
  tail(): string[] {
    return [...this.stderrTail];
  }

  private spawnListening(args: string[], second = false): Promise<Started> {
    const child = spawnSource(serverMain, ["--port", "0", "--admin-port", "0", "--no-http", ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    // If this process ends without stopping the server (a test runner gives up), take it along.
    const orphanGuard = () => child.kill("SIGKILL");
    process.once("exit", orphanGuard);
    void exited.then(() => process.off("exit", orphanGuard));
    const name = this.options.label ?? "server";
    const label = second ? `second ${name}` : name;
    createInterface({ input: child.stderr! }).on("line", (line) => {
      this.stderrTail.push(`${label}: ${line}`);
      if (this.stderrTail.length > 20) this.stderrTail.shift();
    });
    return new Promise<Started>((resolve, reject) => {
      let listening = false;
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new ServerStartError(`no "listening" line within ${START_TIMEOUT_MS} ms`));
      }, START_TIMEOUT_MS);
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        if (!listening) {
          reject(new ServerStartError(`exited with ${signal ?? `code ${code}`} before listening`));
          return;
        }
        if (!second && !this.killing && this.current?.child === child) {
          this.current = undefined;
          this.generation++;
          this.incidents.push(`the server exited on its own with ${signal ?? `code ${code}`}`);
        }
      });
      createInterface({ input: child.stdout! }).on("line", (line) => {
        let entry: { msg?: string; port?: number; adminPort?: number; level?: number };
        try {
          entry = JSON.parse(line);
        } catch {
          return;
        }
        if ((entry.level ?? 0) >= 40) {
          this.stderrTail.push(`${label}: ${line.slice(0, 400)}`);
          if (this.stderrTail.length > 20) this.stderrTail.shift();
        }
        if (entry.msg === "listening" && entry.port && !listening) {
          listening = true;
          clearTimeout(timer);
          if (!second) this.onEvent(`${name} listening on ${entry.port} (pid ${child.pid})`);
          resolve({
            child,
            port: entry.port,
            adminPort: entry.adminPort ?? 0,
            exited,
            generation: this.generation,
          });
        }
      });
    });
  }
}
