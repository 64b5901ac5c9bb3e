// A cluster for tests: one throwaway Redis and N real parley-server processes joined to it, each on
// its own free ports and data directory, with one admin token for all, and (given a PostgreSQL) a
// fresh database all nodes share. Everything is stopped by pid after the test.
import { randomBytes } from "node:crypto";
import type { TestPostgres } from "./postgres.js";
import { startRedis, type TestRedis } from "./redis.js";
import type { ServerProcess } from "./server-process.js";

export interface ClusterOptions {
  /** How many nodes (default 3). */
  nodes?: number;
  /** Arguments every node gets as well, e.g. the shared store. */
  args?: readonly string[];
  /** clusterHeartbeatMs (default 100, so tests see a dead node within a second or two). */
  heartbeatMs?: number;
  /** clusterNodeTimeoutMs (default 1000). */
  nodeTimeoutMs?: number;
  /**
   * A running PostgreSQL (one per test file, startPostgres): the nodes share a fresh database of it
   * as their store, so room seqs and history are the cluster's. Without it each node has its SQLite.
   */
  postgres?: TestPostgres;
}

export interface TestCluster {
  redis: TestRedis;
  /** The store URL every node was given (undefined: each node's own SQLite). */
  store: string | undefined;
  /** The nodes, in start order. */
  nodes: ServerProcess[];
  /** Every node's admin token. */
  adminToken: string;
  /** Starts one more node like the others. */
  addNode(): Promise<ServerProcess>;
}

/** Starts Redis and `nodes` parley-server processes with `spawnServer` (serverKit's), one at a time. */
export async function startCluster(
  spawnServer: (args: readonly string[]) => Promise<ServerProcess>,
  options: ClusterOptions = {},
): Promise<TestCluster> {
  const redis = await startRedis();
  const store = await options.postgres?.createDatabase();
  const adminToken = randomBytes(16).toString("hex");
  const args = [
    "--redis",
    redis.url,
    "--cluster-heartbeat-ms",
    String(options.heartbeatMs ?? 100),
    "--cluster-node-timeout-ms",
    String(options.nodeTimeoutMs ?? 1000),
    "--admin-token",
    adminToken,
    ...(store ? ["--store", store] : []),
    ...(options.args ?? []),
  ];
  const nodes: ServerProcess[] = [];
  const addNode = async () => {
    const node = await spawnServer(args);
    nodes.push(node);
    return node;
  };
  for (let i = 0; i < (options.nodes ?? 3); i++) await addNode();
  return { redis, store, nodes, adminToken, addNode };
}
