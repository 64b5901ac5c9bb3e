// A throwaway redis-server for tests: a free port below 32768 (the kernel's ephemeral range starts
// there), no persistence, its own directory; stopped by pid after the test, restartable on the same
// port for tests of a Redis restart. A missing redis-server fails the test, with what to install.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createConnection } from "node:net";
import { join } from "node:path";
import { onCleanup, tempDir } from "./cleanup.js";
import { freeLowPort } from "./ports.js";

/** Debian installs it here; PATH is searched too. */
const REDIS_SERVER = "redis-server";
/** How long a start may take before the test fails, in ms (it takes about 0.1 s). */
const START_TIMEOUT_MS = 10_000;

/** redis-server is not installed (or not on PATH). */
export class RedisMissingError extends Error {
  override name = "RedisMissingError";
  constructor(options?: ErrorOptions) {
    super("redis-server is not installed: run `apt-get install -y redis-server` (.ci/run does)", options);
  }
}

/** A running redis-server. */
export interface TestRedis {
  readonly port: number;
  /** `redis://127.0.0.1:<port>`, what parley-server's --redis takes. */
  readonly url: string;
  /** The server's pid while it runs (0 when stopped). */
  readonly pid: number;
  /** Stops it (SIGTERM) and waits for the exit. Nothing is kept: it starts empty again. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash; resolves once it is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

/** Starts a redis-server on a free port below 32768; it is stopped after the test. */
export async function startRedis(): Promise<TestRedis> {
  const dir = tempDir("parley-redis-");
  const port = await freeLowPort();
  let child: ChildProcess | undefined;
  const stopChild = async (signal: NodeJS.Signals) => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = once(running, "exit");
    running.kill(signal);
    await exited;
  };
  const redis: TestRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    get pid() {
      return child?.pid ?? 0;
    },
    stop: () => stopChild("SIGTERM"),
    kill: () => stopChild("SIGKILL"),
    async start() {
      if (child) return;
      child = await launch(port, dir);
    },
  };
  onCleanup(() => redis.stop());
  await redis.start();
  return redis;
}

async function launch(port: number, dir: string): Promise<ChildProcess> {
  const args = ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no"];
  args.push("--daemonize", "no", "--dir", dir, "--logfile", join(dir, "redis.log"));
  const child = spawn(REDIS_SERVER, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const failed = new Promise<never>((_, reject) => {
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new RedisMissingError({ cause: error }) : error),
    );
    child.once("exit", (code) =>
      reject(new Error(`redis-server exited with ${code} before answering (see ${dir}/redis.log) ${stderr}`)),
    );
  });
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const answered = await Promise.race([ping(port), failed]);
    if (answered) return child;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`redis-server on port ${port} did not answer PING within ${START_TIMEOUT_MS} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether a Redis answers PING on `port`. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    let reply = "";
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      reply += chunk.toString();
      if (reply.includes("\r\n")) {
        socket.destroy();
        resolve(reply.startsWith("+PONG"));
      }
    });
    socket.on("error", () => resolve(false));
  });
}
