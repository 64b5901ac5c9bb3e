// A real PostgreSQL server for tests: initdb into a temporary directory, started on a free port below
// 32768, one database per test if asked, stopped by pid. Missing PostgreSQL fails the test, never skips it.
import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll } from "vitest";
import { processAlive } from "./pids.js";
import { freeLowPort } from "./ports.js";

const run = promisify(execFile);

/** Where Debian's postgresql package puts the server binaries (PARLEY_PG_BIN overrides). */
export const DEFAULT_PG_BIN = "/usr/lib/postgresql/15/bin";

/** PostgreSQL is not installed where the tests run. */
export class PostgresMissingError extends Error {
  override name = "PostgresMissingError";
  constructor(bin: string) {
    super(
      `PostgreSQL is not installed (no initdb in ${bin}): apt-get install -y postgresql, ` +
        "or set PARLEY_PG_BIN to the directory holding initdb and pg_ctl",
    );
  }
}

/** A running test PostgreSQL. */
export interface TestPostgres {
  readonly port: number;
  /** The postmaster's pid while it runs (0 when stopped). */
  readonly pid: number;
  /** A connection URL for `database` (default: the one made at start, "parley"). */
  url(database?: string): string;
  /** Creates a fresh, empty database and returns its URL: one per test keeps tests apart. */
  createDatabase(): Promise<string>;
  /** Stops the server (fast shutdown, by pid) and keeps its data: `start` brings it back on the same port. */
  stop(): Promise<void>;
  /** Starts it again after `stop`. */
  start(): Promise<void>;
  /** Stops it and removes its data directory. Idempotent. */
  destroy(): Promise<void>;
}

/** Server settings for tests: nothing is synced (never for data that matters). */
export const TEST_POSTGRES_SETTINGS = ["fsync=off", "synchronous_commit=off", "full_page_writes=off"];

/**
 * Starts PostgreSQL as TOOLCHAIN.md describes: initdb as the postgres user (it refuses root), trust
 * authentication on 127.0.0.1 only, with `settings` (-c name=value; default TEST_POSTGRES_SETTINGS).
 * Stop it with `destroy()` in afterAll: one instance per test file, a database per test.
 */
export async function startPostgres(
  settings: readonly string[] = TEST_POSTGRES_SETTINGS,
): Promise<TestPostgres> {
  const bin = process.env.PARLEY_PG_BIN || DEFAULT_PG_BIN;
  if (!existsSync(join(bin, "initdb"))) throw new PostgresMissingError(bin);
  const root = mkdtempSync(join(tmpdir(), "parley-pg-"));
  const asRoot = process.getuid?.() === 0;
  /** Runs a PostgreSQL program as the postgres user when this process is root. */
  const pgRun = (program: string, args: string[]) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", join(bin, program), ...args])
      : run(join(bin, program), args);
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    chownSync(root, Number(stdout.trim()), Number(gid.trim()));
  }
  const dataDir = join(root, "data");
  await pgRun("initdb", [
    "-D",
    dataDir,
    "-A",
    "trust",
    "-U",
    "postgres",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
    "--no-sync",
  ]);
  let port = 0;
  let pid = 0;
  let databases = 0;
  const start = async () => {
    await pgRun("pg_ctl", [
      "-D",
      dataDir,
      "-l",
      join(root, "pg.log"),
      "-w",
      "-t",
      "30",
      "-o",
      [`-p ${port} -k ${root} -c listen_addresses=127.0.0.1`, ...settings.map((s) => `-c ${s}`)].join(" "),
      "start",
    ]);
    pid = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  };
  for (let attempt = 0; ; attempt++) {
    port = await freeLowPort();
    try {
      await start();
      break;
    } catch (error) {
      // Another process took the port between the probe and the start: try another.
      if (attempt >= 3) throw error;
    }
  }
  const stop = async () => {
    if (!pid) return;
    const stopping = pid;
    pid = 0;
    // SIGINT is PostgreSQL's fast shutdown: sessions are cut, the data stays consistent.
    try {
      process.kill(stopping, "SIGINT");
    } catch {
      return;
    }
    while (processAlive(stopping)) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  const url = (database = "parley") => `postgres://postgres@127.0.0.1:${port}/${database}`;
  await pgRun("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "parley"]);
  let destroyed = false;
  // A test run that dies without its afterAll must not leave a server behind.
  const onExit = () => {
    if (pid) process.kill(pid, "SIGQUIT");
  };
  process.once("exit", onExit);
  return {
    get port() {
      return port;
    },
    get pid() {
      return pid;
    },
    url,
    async createDatabase() {
      const name = `test_${process.pid}_${++databases}`;
      await pgRun("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name]);
      return url(name);
    },
    stop,
    start,
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      process.off("exit", onExit);
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * One PostgreSQL for the calling test file: started before its first test (the file's top level must
 * call this) and destroyed after its last. The object returned stands for that instance, so tests use
 * it as they would `startPostgres`'s result; using it before the file's tests start is an error.
 */
export function postgresForFile(settings?: readonly string[]): TestPostgres {
  let started: TestPostgres | undefined;
  beforeAll(async () => {
    started = await startPostgres(settings);
  }, 60_000);
  afterAll(async () => {
    await started?.destroy();
  });
  const instance = (): TestPostgres => {
    if (!started)
      throw new Error("postgresForFile: PostgreSQL is not running yet (use it inside a test or hook)");
    return started;
  };
  return {
    get port() {
      return instance().port;
    },
    get pid() {
      return instance().pid;
    },
    url: (database) => instance().url(database),
    createDatabase: () => instance().createDatabase(),
    stop: () => instance().stop(),
    start: () => instance().start(),
    destroy: () => instance().destroy(),
  };
}

/**
 * For serverKit's `storeFor`: one PostgreSQL for the importing file's tests (postgresForFile) and a
 * database of its own for each data directory, the same one every time it is asked, so a server
 * restarted on a directory finds what it stored.
 */
export function postgresPerDataDir(): (dataDir: string) => Promise<string> {
  const postgres = postgresForFile();
  const databases = new Map<string, Promise<string>>();
  return (dataDir) => {
    let url = databases.get(dataDir);
    if (!url) {
      url = postgres.createDatabase();
      databases.set(dataDir, url);
    }
    return url;
  };
}
