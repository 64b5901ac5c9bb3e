// A Parley server in this process on 127.0.0.1, port 0, with a temporary data directory, closed after
// the test. The kit does not depend on @parley/server (whose own tests use the kit): each test folder
// binds it once with serverKit(import of @parley/server or ../src/index.js).
import { onCleanup, tempDir } from "./cleanup.js";
import { type ClusterOptions, startCluster, type TestCluster } from "./cluster.js";
import { type ServerProcess, startServerProcess } from "./server-process.js";

/** The part of a ParleyServer the kit uses. */
export interface KitServer {
  listen(): Promise<{ port: number; adminPort: number | string; httpPort?: number; metricsPort?: number }>;
  close(): Promise<void>;
  readonly port: number;
  readonly adminPort: number | string;
  readonly adminToken: string;
}

/** The part of @parley/server's exports the kit uses. */
export interface ServerModule<Config extends object, Server extends KitServer, Options> {
  createServer(config: Config, options?: Options): Server;
  defaultConfig(env?: NodeJS.ProcessEnv): Config;
  resolveConfig(base: Config, ...layers: Partial<Config>[]): Config;
}

/** A started in-process server. */
export interface TestServer<Config, Server> {
  server: Server;
  /** Chat port. */
  port: number;
  /** Admin port (or socket path). */
  adminPort: number | string;
  /** HTTP listener's port (0: turned off). */
  httpPort: number;
  /** Separate metrics listener's port (0: none). */
  metricsPort: number;
  config: Config;
  dataDir: string;
}

export interface StartOptions<Options> {
  /** Reuse a data directory (a restart); default: a fresh temporary one. */
  dataDir?: string;
  /** Passed to createServer (a logger, a clock …). */
  options?: Options;
}

/** The server helpers, bound to one server module and its binary's entry file. */
export function serverKit<Config extends object, Server extends KitServer, Options>(
  mod: ServerModule<Config, Server, Options>,
  binary: {
    /** parley-server's entry file (src/main.ts), for spawnServer. */
    main?: string;
    /**
     * The `store` setting for a server on `dataDir` when the test names none (undefined: the
     * default, SQLite). postgresPerDataDir() gives every data directory its own PostgreSQL database,
     * so the same tests run on either engine and a restart on the same directory finds its data.
     */
    storeFor?: (dataDir: string) => Promise<string | undefined>;
  } = {},
) {
  /** Test settings: 127.0.0.1, every port 0, the given data directory, then `overrides`. */
  function testConfig(overrides: Partial<Config> = {}, dataDir = tempDir("parley-server-")): Config {
    const local = {
      host: "127.0.0.1",
      port: 0,
      adminPort: 0,
      httpHost: "127.0.0.1",
      httpPort: 0,
      metricsPort: 0,
      dataDir,
    } as unknown as Partial<Config>;
    return mod.resolveConfig(mod.defaultConfig({}), local, overrides);
  }

  /** Starts a server in this process; closed after the test (closing it earlier is fine). */
  async function startServer(
    overrides: Partial<Config> = {},
    start: StartOptions<Options> = {},
  ): Promise<TestServer<Config, Server>> {
    const dataDir = start.dataDir ?? tempDir("parley-server-");
    const store = "store" in overrides ? undefined : await binary.storeFor?.(dataDir);
    const config = testConfig(store ? ({ ...overrides, store } as Partial<Config>) : overrides, dataDir);
    const server = mod.createServer(config, start.options);
    onCleanup(() => server.close());
    const { port, adminPort, httpPort = 0, metricsPort = 0 } = await server.listen();
    return { server, port, adminPort, httpPort, metricsPort, config, dataDir };
  }

  /**
   * Starts the real parley-server binary (from source) on free ports with `args` added; its data
   * directory is a fresh temporary one unless `args` names one.
   */
  async function spawnServer(args: readonly string[] = [], env?: NodeJS.ProcessEnv): Promise<ServerProcess> {
    if (!binary.main) throw new Error("serverKit was bound without the server's main file");
    const named = args.indexOf("--data-dir");
    const dir = named >= 0 ? args[named + 1]! : tempDir("parley-server-");
    const dataDir = named >= 0 ? [] : ["--data-dir", dir];
    const store = args.includes("--store") ? undefined : await binary.storeFor?.(dir);
    const storeArgs = store ? ["--store", store] : [];
    const ports = ["--port", "0", "--admin-port", "0", "--http-port", "0", "--metrics-port", "0"];
    return startServerProcess(binary.main, [...ports, ...dataDir, ...storeArgs, ...args], env);
  }

  /** Starts a Redis and real nodes joined to it (see cluster.ts); all stopped after the test. */
  function spawnCluster(options: ClusterOptions = {}): Promise<TestCluster> {
    return startCluster(spawnServer, options);
  }

  return { testConfig, startServer, spawnServer, spawnCluster };
}
