// The chaos run's target as a cluster: a real Redis and N server processes sharing one PostgreSQL
// store, each on its own data directory. Kills and graceful restarts take the nodes in turn, so the
// others keep serving while one is down; clients are spread over the nodes that are up.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { startRedis, type TestRedis } from "@parley/testkit";
import { type ChaosTarget, ServerProcess } from "./process-controller.js";

/** Generations of node i are i·GENERATION_SPAN + 0, 1, 2 …: a generation names its node. */
const GENERATION_SPAN = 1_000_000;
/**
 * Heartbeats and the dead-node timeout of the run's nodes, in ms: short, so a killed node's nicks
 * are free again (it is mourned) within a few seconds and its clients can log in elsewhere; yet
 * long enough that a node that is alive but starved of CPU on a busy two-core machine (while
 * another node compiles its sources at a restart) is not declared dead, which would close its
 * sessions against the run's will.
 */
const HEARTBEAT_MS = 200;
const NODE_TIMEOUT_MS = 3000;

export interface ClusterTargetOptions {
  /** How many nodes. */
  nodes: number;
  /** Under it, one data directory per node. */
  dataDir: string;
  /** Every node's arguments (the run's limits and the postgres:// store). */
  args: readonly string[];
  onEvent(event: string): void;
}

export class ClusterServers implements ChaosTarget {
  private redis: TestRedis | undefined;
  private readonly nodes: ServerProcess[] = [];
  private nextEndpoint = 0;
  private nextVictim = 0;

  constructor(private readonly options: ClusterTargetOptions) {}

  get incidents(): readonly string[] {
    return this.nodes.flatMap((node) => node.incidents);
  }

  async start(): Promise<void> {
    this.redis ??= await startRedis();
    if (this.nodes.length > 0) return;
    const adminToken = randomBytes(16).toString("hex");
    const args = [
      ...this.options.args,
      "--redis",
      this.redis.url,
      "--cluster-heartbeat-ms",
      String(HEARTBEAT_MS),
      "--cluster-node-timeout-ms",
      String(NODE_TIMEOUT_MS),
      "--admin-token",
      adminToken,
    ];
    for (let i = 0; i < this.options.nodes; i++) {
      const dataDir = join(this.options.dataDir, `node${i + 1}`);
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      this.nodes.push(
        new ServerProcess(dataDir, args, this.options.onEvent, {
          adminToken,
          generationBase: i * GENERATION_SPAN,
          label: `node${i + 1}`,
        }),
      );
    }
    await Promise.all(this.nodes.map((node) => node.start()));
  }

  /** The next node that is up, round robin; if none is, waits for the next in turn. */
  async endpoint(): Promise<{ port: number; generation: number }> {
    for (let tried = 0; tried < this.nodes.length; tried++) {
      const node = this.nodes[this.nextEndpoint++ % this.nodes.length]!;
      if (node.running) return node.endpoint();
    }
    return this.nodes[this.nextEndpoint++ % this.nodes.length]!.endpoint();
  }

  private nodeOf(generation: number): ServerProcess {
    return this.nodes[Math.floor(generation / GENERATION_SPAN)]!;
  }

  wasKilled(generation: number): boolean {
    return this.nodeOf(generation).wasKilled(generation);
  }

  isShuttingDown(generation: number): boolean {
    return this.nodeOf(generation).isShuttingDown(generation);
  }

  private victim(): ServerProcess {
    return this.nodes[this.nextVictim++ % this.nodes.length]!;
  }

  restart(): Promise<number> {
    return this.victim().restart();
  }

  restartGracefully(): Promise<number> {
    return this.victim().restartGracefully();
  }

  /** Through any node that is up: the kick reaches the session on whichever node holds it. */
  async kick(nick: string): Promise<void> {
    await (this.nodes.find((node) => node.running) ?? this.nodes[0]!).kick(nick);
  }

  trySecondServer(): Promise<void> {
    return this.nodes[0]!.trySecondServer();
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.stop()));
    await this.redis?.stop();
  }

  tail(): string[] {
    return this.nodes.flatMap((node) => node.tail());
  }
}
