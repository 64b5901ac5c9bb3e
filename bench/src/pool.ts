// Forks load-generator processes (worker.ts) and exchanges phase messages with them.
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { FromWorker, ToWorker, WorkerReport } from "./ipc.js";
import type { Plan } from "./plan.js";
import { sampleProcess } from "./proc-stat.js";

const WORKER_PATH = fileURLToPath(new URL("./worker.ts", import.meta.url));
/** What runs worker.ts from source: tsx, and the workspace packages' TypeScript entry points. */
const TSX_FLAGS = ["--conditions=source", "--import", "tsx"];

/** A group of load-generator processes running one scenario. */
export class WorkerPool {
  private readonly inbox: FromWorker[][];
  private readonly wakers: (() => void)[] = [];

  private constructor(private readonly children: ChildProcess[]) {
    this.inbox = children.map(() => []);
    children.forEach((child, i) => {
      child.on("message", (message: FromWorker) => {
        this.inbox[i]!.push(message);
        this.wake();
      });
      child.on("exit", (code) => {
        this.inbox[i]!.push({ type: "failed", message: `load generator exited with code ${code}` });
        this.wake();
      });
    });
  }

  /**
   * Forks `count` processes (same Node flags as this one, plus tsx when this process loads TypeScript
   * some other way, as under vitest) and waits until each is online.
   */
  static async start(count: number): Promise<WorkerPool> {
    const argv = process.execArgv;
    const loadsTsx = argv.some((a, i) => a === "--import=tsx" || (a === "tsx" && argv[i - 1] === "--import"));
    const typescript = loadsTsx ? [] : TSX_FLAGS;
    const children = Array.from({ length: count }, () =>
      fork(WORKER_PATH, [], {
        execArgv: [
          ...process.execArgv,
          ...typescript,
          ...(process.env.BENCH_WORKER_PROF
            ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_WORKER_PROF]
            : []),
        ],
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      }),
    );
    const pool = new WorkerPool(children);
    await pool.collect("online", 30_000);
    return pool;
  }

  get size(): number {
    return this.children.length;
  }

  send(index: number, message: ToWorker): void {
    const child = this.children[index];
    if (child?.connected) child.send(message);
  }

  /** Sends each process the plan `planFor` makes for its index. */
  plan(planFor: (worker: number) => Plan): void {
    for (let w = 0; w < this.children.length; w++) this.send(w, { type: "plan", plan: planFor(w) });
  }

  broadcast(message: ToWorker): void {
    for (let i = 0; i < this.children.length; i++) this.send(i, message);
  }

  /** CPU time of all load generators so far, in ms (from /proc, includes their start-up). */
  cpuMs(): number {
    let total = 0;
    for (const child of this.children) {
      try {
        if (child.pid) total += sampleProcess(child.pid).cpuMs;
      } catch {}
    }
    return total;
  }

  /**
   * Waits until every process has sent a message of `type` and returns their reports in process order.
   * Throws if one fails or exits first, or after `timeoutMs`.
   */
  async collect(type: FromWorker["type"], timeoutMs: number): Promise<WorkerReport[]> {
    const deadline = Date.now() + timeoutMs;
    const found: (FromWorker | undefined)[] = this.children.map(() => undefined);
    for (;;) {
      this.inbox.forEach((queue, i) => {
        while (!found[i] && queue.length > 0) {
          const message = queue.shift()!;
          if (message.type === "failed") throw new Error(`load generator ${i}: ${message.message}`);
          if (message.type === type) found[i] = message;
        }
      });
      if (found.every(Boolean)) {
        return found.map((m) => (m && "report" in m ? m.report : (undefined as unknown as WorkerReport)));
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`load generators did not report "${type}" within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        this.wakers.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Tells every process to stop and waits (up to 10 s) for them to exit; returns their final reports. Idempotent. */
  stop(): Promise<WorkerReport[]> {
    this.stopped ??= this.stopOnce();
    return this.stopped;
  }

  private stopped: Promise<WorkerReport[]> | undefined;

  private async stopOnce(): Promise<WorkerReport[]> {
    this.broadcast({ type: "stop" });
    const exited = this.children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) resolve();
          else child.once("exit", () => resolve());
        }),
    );
    const timer = setTimeout(() => {
      for (const child of this.children) child.kill("SIGKILL");
    }, 10_000);
    await Promise.all(exited);
    clearTimeout(timer);
    const reports: WorkerReport[] = [];
    for (const queue of this.inbox) {
      const done = queue.find((m) => m.type === "done");
      if (done && done.type === "done") reports.push(done.report);
    }
    return reports;
  }

  private wake(): void {
    for (const waker of this.wakers.splice(0)) waker();
  }
}
