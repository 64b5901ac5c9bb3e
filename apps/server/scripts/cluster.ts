// `pnpm cluster [--nodes N] [--port P]`: a throwaway cluster on this machine to try — a PostgreSQL, a
// Redis and N parley-server nodes (chat ports P, P+1, …; 0: free ones) sharing them. Prints where everything is and
// stops it all, by pid, on Ctrl-C (SIGINT) or SIGTERM. Data lives in temporary directories, removed then.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_CHAT_PORT } from "@parley/protocol";
import { type ServerProcess, startPostgres, startRedis, startServerProcess } from "@parley/testkit";

const serverMain = fileURLToPath(new URL("../src/main.ts", import.meta.url));

const { values } = parseArgs({
  options: {
    nodes: { type: "string", default: "3" },
    port: { type: "string", default: String(DEFAULT_CHAT_PORT) },
  },
});
const nodeCount = Number(values.nodes);
const basePort = Number(values.port);
if (!Number.isInteger(nodeCount) || nodeCount < 1 || !Number.isInteger(basePort) || basePort < 0) {
  console.error(
    "usage: pnpm cluster [--nodes N] [--port P]   (N ≥ 1 nodes, chat ports P, P+1, …; 0: free ports)",
  );
  process.exit(2);
}

const root = mkdtempSync(join(tmpdir(), "parley-cluster-"));
const nodes: ServerProcess[] = [];
const postgres = await startPostgres();
const redis = await startRedis();
let stopping: Promise<void> | undefined;

/** Nodes first (each says goodbye to its sessions), then Redis and PostgreSQL; then the files. */
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    await Promise.all(nodes.map((node) => node.stop("SIGTERM")));
    await redis.stop();
    await postgres.destroy();
    rmSync(root, { recursive: true, force: true });
  })();
  return stopping;
}
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    console.log(`\n${signal}: stopping the nodes, Redis and PostgreSQL`);
    void stopAll().then(() => process.exit(0));
  });

try {
  const store = await postgres.createDatabase();
  const adminToken = randomBytes(16).toString("hex");
  for (let i = 0; i < nodeCount; i++) {
    const dataDir = mkdtempSync(join(root, `node${i + 1}-`));
    const args = ["--port", String(basePort && basePort + i), "--admin-port", "0", "--http-port", "0"];
    args.push("--data-dir", dataDir, "--store", store, "--redis", redis.url, "--admin-token", adminToken);
    nodes.push(await startServerProcess(serverMain, args));
  }
  const servers = nodes.map((node) => `--server 127.0.0.1:${node.port}`).join(" ");
  console.log(`PostgreSQL  ${store}  (pid ${postgres.pid})`);
  console.log(`Redis       ${redis.url}  (pid ${redis.pid})`);
  for (const [i, node] of nodes.entries())
    console.log(
      `node${i + 1}       chat 127.0.0.1:${node.port}  admin 127.0.0.1:${node.adminPort}  web http://127.0.0.1:${node.httpPort}/  (pid ${node.child.pid})`,
    );
  console.log(`\nchat:   pnpm parley --nick ana ${servers}`);
  console.log(
    `admin:  PARLEY_ADMIN_TOKEN=${adminToken} pnpm parley-admin sessions --port ${nodes[0]!.adminPort}`,
  );
  console.log("\nready; Ctrl-C stops everything");
} catch (error) {
  console.error(`parley cluster: ${(error as Error).message}`);
  await stopAll();
  process.exit(1);
}
