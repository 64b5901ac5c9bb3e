// `pnpm bench -- --cluster`: the fan-out scenario against Parley on one node with SQLite, one node with
// PostgreSQL, and two and three nodes sharing a PostgreSQL and a Redis, the room's members spread over
// the nodes. Reads the CPU of every node, of Redis and of PostgreSQL (its whole process tree) from /proc.
import { startPostgres, startRedis, type TestPostgres, type TestRedis } from "@parley/testkit";
import { nowUs, sleep } from "../clock.js";
import { Histogram } from "../histogram.js";
import type { WorkerReport } from "../ipc.js";
import type { TargetInfo } from "../plan.js";
import { WorkerPool } from "../pool.js";
import { machineBusyMs, sampleProcess, treeCpuMs } from "../proc-stat.js";
import { catalog, type TrafficScenario } from "../scenarios/catalog.js";
import { type LatencyMs, latencyMs } from "../scenarios/result.js";
import { PHASE_TIMEOUT_MS, prepareTraffic, START_LEAD_US } from "../scenarios/run.js";
import { type RunningServer, type ServerOptions, startServer } from "../servers.js";

/** The scenario spread over the nodes: every client in one room, so each message reaches every node. */
export const CLUSTER_SCENARIO = "fanout-50";

/** One layout measured: how many nodes, on which store. */
export interface ClusterLayout {
  nodes: number;
  store: "sqlite" | "postgres";
}

/** The layouts of the cluster run, in order: the single-node references first. */
export const CLUSTER_LAYOUTS: readonly ClusterLayout[] = [
  { nodes: 1, store: "sqlite" },
  { nodes: 1, store: "postgres" },
  { nodes: 2, store: "postgres" },
  { nodes: 3, store: "postgres" },
];

/** What one layout cost, from the measured round. */
export interface ClusterResult extends ClusterLayout {
  scenario: string;
  available: boolean;
  note?: string;
  messages: number;
  deliveries: number;
  expected: number;
  lost: number;
  duplicates: number;
  wallMs: number;
  deliveriesPerSec: number;
  latency: LatencyMs | null;
  /** Each node's CPU in the measured round, in ms. */
  nodeCpuMs: number[];
  /** Each node's CPU per delivery it made (deliveries split evenly over the nodes), in µs. */
  nodeCpuUsPerDelivery: number[];
  /** All nodes' CPU per delivery, in µs: the cost of the cluster as a whole. */
  serverCpuUsPerDelivery: number;
  redisCpuMs: number;
  postgresCpuMs: number;
  /** Redis's and PostgreSQL's CPU per message sent, in µs (each message is stored once, published once). */
  redisCpuUsPerMessage: number;
  postgresCpuUsPerMessage: number;
  /** CPU of everything else on the machine during the round, as a share of one core. */
  otherCpuPct: number;
}

/** The services and nodes of one layout. */
interface Layout {
  nodes: RunningServer[];
  redis?: TestRedis;
  postgres?: TestPostgres;
  stop(): Promise<void>;
}

export async function runClusterBench(
  quick: boolean,
  window: number | undefined,
  options: ServerOptions,
  progress: (line: string) => void,
): Promise<ClusterResult[]> {
  const scenario = catalog(quick, window).find((s) => s.name === CLUSTER_SCENARIO) as TrafficScenario;
  progress(`\ncluster: ${scenario.title}, members spread over the nodes`);
  const results: ClusterResult[] = [];
  for (const layout of CLUSTER_LAYOUTS) {
    const label = `${layout.nodes} node${layout.nodes > 1 ? "s" : ""}, ${layout.store}`;
    try {
      const result = await runLayout(scenario, layout, options);
      results.push(result);
      progress(
        `  ${label}: ${Math.round(result.deliveriesPerSec)} deliveries/s, p50 ${result.latency?.p50.toFixed(2)} ms, ` +
          `p99 ${result.latency?.p99.toFixed(2)} ms, nodes ${result.serverCpuUsPerDelivery.toFixed(3)} µs/delivery, ` +
          `Redis ${result.redisCpuUsPerMessage.toFixed(1)} µs/msg, PostgreSQL ${result.postgresCpuUsPerMessage.toFixed(1)} µs/msg, lost ${result.lost}`,
      );
    } catch (error) {
      const note = `failed: ${(error as Error).message.split("\n")[0]}`;
      progress(`  ${label}: ${note}`);
      results.push(failed(scenario.name, layout, note));
    }
  }
  return results;
}

async function startLayout(layout: ClusterLayout, options: ServerOptions): Promise<Layout> {
  const started: Layout = {
    nodes: [],
    async stop() {
      await Promise.all(this.nodes.map((node) => node.stop()));
      await this.redis?.stop();
      await this.postgres?.destroy();
    },
  };
  try {
    const args: string[] = [];
    if (layout.store === "postgres") {
      started.postgres = await startPostgres();
      args.push("--store", await started.postgres.createDatabase());
    }
    if (layout.nodes > 1) {
      started.redis = await startRedis();
      args.push("--redis", started.redis.url);
    }
    for (let i = 0; i < layout.nodes; i++)
      started.nodes.push(await startServer("parley", { ...options, extraArgs: args }));
    return started;
  } catch (error) {
    await started.stop();
    throw error;
  }
}

async function runLayout(
  scenario: TrafficScenario,
  layout: ClusterLayout,
  options: ServerOptions,
): Promise<ClusterResult> {
  const started = await startLayout(layout, options);
  const ports = started.nodes.map((node) => node.port);
  const target: TargetInfo = { kind: "parley", port: ports[0]!, ports };
  const pool = await WorkerPool.start(scenario.workers);
  try {
    await prepareTraffic(scenario, target, pool);
    await sleep(300);
    const sample = () => ({
      nodes: started.nodes.map((node) => sampleProcess(node.pid).cpuMs),
      redis: started.redis ? sampleProcess(started.redis.pid).cpuMs : 0,
      postgres: started.postgres ? treeCpuMs(started.postgres.pid) : 0,
      loadgen: pool.cpuMs(),
      machine: machineBusyMs(),
      us: nowUs(),
    });
    const before = sample();
    const atUs = nowUs() + START_LEAD_US;
    pool.broadcast({ type: "start", atUs });
    const done = await pool.collect("done", PHASE_TIMEOUT_MS);
    const after = sample();
    return figures(scenario, layout, done, before, after, atUs);
  } finally {
    await pool.stop();
    await started.stop();
  }
}

type Sample = {
  nodes: number[];
  redis: number;
  postgres: number;
  loadgen: number;
  machine: number;
  us: number;
};

function figures(
  s: TrafficScenario,
  layout: ClusterLayout,
  done: readonly WorkerReport[],
  before: Sample,
  after: Sample,
  atUs: number,
): ClusterResult {
  const total = (pick: (r: WorkerReport) => number) => done.reduce((sum, r) => sum + pick(r), 0);
  const deliveries = total((r) => r.deliveries);
  const messages = total((r) => r.sent);
  const wallMs = Math.max(1, (Math.max(...done.map((r) => r.lastReceiptUs)) - atUs) / 1000);
  const nodeCpuMs = after.nodes.map((ms, i) => ms - before.nodes[i]!);
  const nodesMs = nodeCpuMs.reduce((a, b) => a + b, 0);
  const redisCpuMs = after.redis - before.redis;
  const postgresCpuMs = after.postgres - before.postgres;
  const perDelivery = (ms: number, count: number) => (count > 0 ? (ms * 1000) / count : 0);
  const sampledMs = (after.us - before.us) / 1000;
  const accounted = nodesMs + redisCpuMs + postgresCpuMs + (after.loadgen - before.loadgen);
  return {
    ...layout,
    scenario: s.name,
    available: true,
    messages,
    deliveries,
    expected: total((r) => r.expected),
    lost: total((r) => r.lost),
    duplicates: total((r) => r.duplicates),
    wallMs,
    deliveriesPerSec: (deliveries * 1000) / wallMs,
    latency: latencyMs(Histogram.mergeAll(done.map((r) => r.latency))),
    nodeCpuMs,
    nodeCpuUsPerDelivery: nodeCpuMs.map((ms) => perDelivery(ms, deliveries / layout.nodes)),
    serverCpuUsPerDelivery: perDelivery(nodesMs, deliveries),
    redisCpuMs,
    postgresCpuMs,
    redisCpuUsPerMessage: perDelivery(redisCpuMs, messages),
    postgresCpuUsPerMessage: perDelivery(postgresCpuMs, messages),
    otherCpuPct: Math.max(0, ((after.machine - before.machine - accounted) / sampledMs) * 100),
  };
}

function failed(scenario: string, layout: ClusterLayout, note: string): ClusterResult {
  return {
    ...layout,
    scenario,
    available: false,
    note,
    messages: 0,
    deliveries: 0,
    expected: 0,
    lost: 0,
    duplicates: 0,
    wallMs: 0,
    deliveriesPerSec: 0,
    latency: null,
    nodeCpuMs: [],
    nodeCpuUsPerDelivery: [],
    serverCpuUsPerDelivery: 0,
    redisCpuMs: 0,
    postgresCpuMs: 0,
    redisCpuUsPerMessage: 0,
    postgresCpuUsPerMessage: 0,
    otherCpuPct: 0,
  };
}
