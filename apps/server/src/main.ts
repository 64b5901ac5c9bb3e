#!/usr/bin/env node
// parley-server: read configuration, start the server, turn SIGINT/SIGTERM into a graceful shutdown.
import { CommanderError } from "commander";
import { parseCommandLine } from "./cli.js";
import { ConfigError, printable } from "./config.js";
import { createLogger } from "./logger.js";
import { createServer } from "./server.js";

async function main(): Promise<void> {
  let config: ReturnType<typeof parseCommandLine>;
  try {
    config = parseCommandLine(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
    if (error instanceof ConfigError) {
      console.error(`parley-server: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  logger.info({ config: printable(config) }, "starting");
  const server = createServer(config, { logger });
  try {
    await server.listen();
  } catch (error) {
    logger.fatal({ err: error }, "cannot listen");
    process.exit(1);
  }
  let signals = 0;
  const stop = (signal: string) => {
    if (++signals > 1) {
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    logger.info({ signal }, "shutting down");
    server.close().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error) => {
  console.error("parley-server: fatal:", error);
  process.exit(1);
});
