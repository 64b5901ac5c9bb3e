// Starts the server under test as its own process on 127.0.0.1 with port 0, and learns its port from the
// JSON "listening" line it prints: the real parley-server binary, the baseline relay, or the floor.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { TargetKind } from "./plan.js";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PARLEY_BIN = join(REPO_ROOT, "apps/server/bin/parley-server.js");
const PARLEY_SOURCE = join(REPO_ROOT, "apps/server/src/main.ts");
const RELAY_SOURCE = fileURLToPath(new URL("./relay.ts", import.meta.url));
const FLOOR_SOURCE = fileURLToPath(new URL("./floor.ts", import.meta.url));
/** The builds of the workspace packages the floor imports, by package name. */
const WORKSPACE_BUILDS = {
  "@parley/protocol": pathToFileURL(join(REPO_ROOT, "packages/protocol/dist/index.js")).href,
  "@parley/server": pathToFileURL(join(REPO_ROOT, "apps/server/dist/index.js")).href,
};

/** Limits raised so the bench measures relaying, not flood control or the connection cap. */
export const PARLEY_LIMITS = {
  maxConnections: 60_000,
  ratePerSecond: 1_000_000,
  rateBurst: 1_000_000,
};

export interface ServerOptions {
  /** Write a V8 CPU profile (node --cpu-prof) into this directory when the server exits. */
  cpuProfDir?: string;
  /** Run Parley from its TypeScript sources through tsx instead of the built binary (adds tsx's memory). */
  fromSource?: boolean;
  /**
   * Run this parley-server entry point instead of the repository's build (to compare a patched build);
   * a `.ts` file runs from source through tsx.
   */
  serverBin?: string;
  /** More parley-server flags, after the bench's own (a later flag wins). */
  extraArgs?: readonly string[];
  /** parley-server's `store` setting (a postgres:// URL); default its SQLite store. */
  store?: string;
}

/** A server process under test. */
export interface RunningServer {
  kind: TargetKind;
  pid: number;
  port: number;
  /** Last lines the server wrote to stderr, for error messages. */
  stderrTail(): string;
  /** SIGTERM, then SIGKILL after 10 s; removes the data directory. */
  stop(): Promise<void>;
}

const transpiled = new Map<string, Promise<string>>();

/**
 * A bench server as plain JavaScript, transpiled once per run: running it through tsx would add tsx's
 * own memory and threads (about 45 MiB here) to its figures. The file is written outside the
 * repository, so the workspace packages it imports are named by the paths of their builds.
 */
function javaScriptOf(source: string): Promise<string> {
  let script = transpiled.get(source);
  if (!script) {
    script = (async () => {
      const ts = (await import("typescript")).default;
      const { readFileSync } = await import("node:fs");
      const output = ts.transpileModule(readFileSync(source, "utf8"), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      let text = output.outputText;
      for (const [name, build] of Object.entries(WORKSPACE_BUILDS))
        text = text.replaceAll(`"${name}"`, `"${build}"`);
      const file = join(
        mkdtempSync(join(tmpdir(), "parley-bench-")),
        basename(source).replace(/\.ts$/, ".mjs"),
      );
      writeFileSync(file, text);
      return file;
    })();
    transpiled.set(source, script);
  }
  return script;
}

/**
 * The floor (floor.ts) as a script to start in place of parley-server (ServerOptions.serverBin): the
 * `floor` and `floor-durable` targets. From source, it runs through tsx on the packages' sources.
 */
export function floorScript(fromSource = false): Promise<string> {
  if (fromSource) return Promise.resolve(FLOOR_SOURCE);
  for (const build of Object.values(WORKSPACE_BUILDS))
    if (!existsSync(fileURLToPath(build)))
      throw new Error(`${build} is missing: run \`pnpm bench\` from the repository root (it builds first)`);
  return javaScriptOf(FLOOR_SOURCE);
}

function parleyCommand(dataDir: string, options: ServerOptions): { args: string[]; env: NodeJS.ProcessEnv } {
  const entry = options.serverBin
    ? options.serverBin.endsWith(".ts")
      ? ["--conditions=source", "--import", "tsx", options.serverBin]
      : [options.serverBin]
    : options.fromSource
      ? ["--conditions=source", "--import", "tsx", PARLEY_SOURCE]
      : [PARLEY_BIN];
  if (!options.serverBin && !options.fromSource && !existsSync(join(REPO_ROOT, "apps/server/dist/main.js"))) {
    throw new Error("apps/server is not built: run `pnpm bench` from the repository root (it builds first)");
  }
  const args = [
    ...entry,
    "--host",
    "127.0.0.1",
    "--port",
    "0",
    "--admin-port",
    "0",
    "--no-http",
    "--data-dir",
    dataDir,
    "--max-connections",
    String(PARLEY_LIMITS.maxConnections),
    "--rate-per-second",
    String(PARLEY_LIMITS.ratePerSecond),
    "--rate-burst",
    String(PARLEY_LIMITS.rateBurst),
    "--log-level",
    "warn",
    ...(options.extraArgs ?? []),
    ...(options.store ? ["--store", options.store] : []),
  ];
  const env = {
    ...process.env,
    PARLEY_MAX_CONNECTIONS: String(PARLEY_LIMITS.maxConnections),
    PARLEY_RATE_PER_SECOND: String(PARLEY_LIMITS.ratePerSecond),
    PARLEY_RATE_BURST: String(PARLEY_LIMITS.rateBurst),
  };
  return { args, env };
}

/** Starts a server and resolves once it listens. Rejects if it exits or stays silent for 30 s. */
export async function startServer(kind: TargetKind, options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), `parley-bench-${kind}-`));
  const profile = options.cpuProfDir ? ["--cpu-prof", "--cpu-prof-dir", options.cpuProfDir] : [];
  let child: ChildProcess;
  if (kind === "relay") {
    child = spawn(process.execPath, [...profile, await javaScriptOf(RELAY_SOURCE), "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
  } else {
    const { args, env } = parleyCommand(dataDir, options);
    child = spawn(process.execPath, [...profile, ...args], { stdio: ["ignore", "pipe", "pipe"], env });
  }
  const stderr: string[] = [];
  child.stderr!.setEncoding("utf8").on("data", (text: string) => {
    stderr.push(text);
    if (stderr.length > 50) stderr.shift();
  });
  const stderrTail = () => stderr.join("").split("\n").slice(-20).join("\n");
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${kind} server did not report listening within 30 s`)),
      30_000,
    );
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited with code ${code} before listening:\n${stderrTail()}`));
    });
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const port = listeningPort(line);
      if (port !== undefined) {
        clearTimeout(timer);
        resolve(port);
      }
    });
  });

  return {
    kind,
    pid: child.pid!,
    port,
    stderrTail,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The chat port from a log line: JSON with msg "listening" and a port, not the admin listener's. Returns
 * undefined for any other line.
 */
export function listeningPort(line: string): number | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const record = JSON.parse(line) as Record<string, unknown>;
    if (record.msg !== "listening" || typeof record.port !== "number") return undefined;
    const listener = String(record.listener ?? record.name ?? "");
    return /admin/i.test(listener) ? undefined : record.port;
  } catch {
    return undefined;
  }
}
