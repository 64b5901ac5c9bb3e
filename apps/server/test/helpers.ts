// The shared test kit (@parley/testkit), bound to this package's server sources: startServer runs
// src/ in this process, spawnServer runs src/main.ts as a real process. With PARLEY_TEST_STORE=postgres
// (the "postgres" project in vitest.config.ts) every server stores in a real PostgreSQL instead.
import { fileURLToPath } from "node:url";
import { postgresPerDataDir, serverKit } from "@parley/testkit";
import * as parleyServer from "../src/index.js";

export {
  BYSTANDER_PING_BOUND_MS,
  barrier,
  closedWithin,
  isKind,
  loggedIn,
  loginRefusal,
  onCleanup,
  pingMs,
  postgresForFile,
  rawClient,
  registerAccount,
  startPostgres,
  type TestPostgres,
  takeMessages,
  tempDir,
  wireClient,
  wsWireClient,
} from "@parley/testkit";

export const { startServer, spawnServer, spawnCluster, testConfig } = serverKit(parleyServer, {
  main: fileURLToPath(new URL("../src/main.ts", import.meta.url)),
  storeFor: process.env.PARLEY_TEST_STORE === "postgres" ? postgresPerDataDir() : undefined,
});

/**
 * Flood control out of the way, for tests that send or page quickly on purpose: the request rate and
 * the frame pace both (with the rate alone lifted, a session is still read at 200 frames a second).
 */
export const UNPACED = {
  ratePerSecond: 100_000,
  rateBurst: 100_000,
  framesPerSecond: 100_000,
  framesBurst: 100_000,
};
