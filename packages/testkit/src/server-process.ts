// The real parley-server as a separate process on free ports: ready once its "listening" log line
// names the ports, stopped by signal, killed hard for crash tests, restarted on the same data dir.
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { spawnSource } from "./binary.js";

/** A running parley-server child process. */
export interface ServerProcess {
  readonly child: ChildProcess;
  /** The chat port it bound (from the "listening" line). */
  readonly port: number;
  /** The admin port (or socket path) it bound. */
  readonly adminPort: number | string;
  /** The HTTP listener's port (0: turned off). */
  readonly httpPort: number;
  /** The separate metrics listener's port (0: none). */
  readonly metricsPort: number;
  /** Sends `signal` (SIGTERM by default) and resolves with the exit code (null if a signal ended it). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** SIGKILL, as a crash: nothing is flushed. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** Starts the same binary again with the same arguments (so the same data directory). */
  restart(): Promise<ServerProcess>;
}

/** Log lines are JSON when stdout is not a terminal; the "listening" one is written at every level. */
interface ListeningLine {
  msg?: string;
  port?: number;
  adminPort?: number | string;
  httpPort?: number;
  metricsPort?: number;
}

/**
 * Starts `main` (parley-server's entry, from source) with `args`. Pass `--port 0 --admin-port 0
 * --http-port 0 --metrics-port 0` and a `--data-dir` to get free ports and a private directory. Killed after the test if still running.
 */
export async function startServerProcess(
  main: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ServerProcess> {
  const child = spawnSource(main, args, { env, stdio: ["ignore", "pipe", "inherit"] });
  const exited = once(child, "exit");
  const lines = createInterface({ input: child.stdout! });
  const listening = await new Promise<ListeningLine>((resolve, reject) => {
    void exited.then(([code]) => reject(new Error(`parley-server exited with ${code} before listening`)));
    lines.on("line", (line) => {
      try {
        const entry = JSON.parse(line) as ListeningLine;
        if (entry.msg === "listening" && entry.port) resolve(entry);
      } catch {
        // Not a log line (a stray print): keep reading.
      }
    });
  });
  const ended = async (): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    const [code] = await exited;
    return code as number | null;
  };
  return {
    child,
    port: listening.port!,
    adminPort: listening.adminPort ?? 0,
    httpPort: listening.httpPort ?? 0,
    metricsPort: listening.metricsPort ?? 0,
    stop(signal = "SIGTERM") {
      child.kill(signal);
      return ended();
    },
    async kill() {
      child.kill("SIGKILL");
      await ended();
    },
    async restart() {
      await ended();
      return startServerProcess(main, args, env);
    },
  };
}
