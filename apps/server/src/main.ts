#!/usr/bin/env node
// parley-server: read configuration, start the server, turn SIGINT/SIGTERM into a graceful shutdown and
// SIGHUP into a TLS certificate reload.
// Failures end through the shared CLI shell: one `parley-server: message` line and the table's code.
import { ExitCode, FailedError, run, signalExitCode, UsageError } from "@parley/cli-shell";
import { parseCommandLine } from "./cli.js";
import { printable } from "./config.js";
import { createLogger } from "./logger.js";
import { TlsConfigError } from "./net/tls.js";
import { createServer } from "./server.js";
import { DataDirPermissionError } from "./store/data-dir.js";
import { DataDirLockedError } from "./store/lock.js";

// Everything the server creates (database, WAL, uploaded files, directories) is for its own user only.
process.umask(0o077);

await run(
  "parley-server",
  async () => {
    const config = parseCommandLine(process.argv.slice(2), process.env);
    const logger = createLogger(config.logLevel);
    // Signals are handled from here on: a stop that comes while the server is still starting (or as
    // soon as its "listening" line, which tools take as ready, appears) is a graceful shutdown once it
    // listens, not a kill with the database half open. A second one exits at once.
    let early: NodeJS.Signals | undefined;
    let stop = (signal: NodeJS.Signals) => {
      if (early) process.exit(signalExitCode(signal));
      early = signal;
    };
    process.on("SIGINT", (signal) => stop(signal));
    process.on("SIGTERM", (signal) => stop(signal));
    logger.info({ config: printable(config) }, "starting");
    let server: ReturnType<typeof createServer>;
    try {
      server = createServer(config, { logger });
    } catch (error) {
      if (error instanceof DataDirPermissionError) {
        logger.fatal(
          { dataDir: config.dataDir, mode: error.mode.toString(8) },
          "data directory open to others",
        );
        throw new FailedError(error.message, { cause: error });
      }
      if (!(error instanceof DataDirLockedError)) throw error;
      logger.fatal({ dataDir: config.dataDir }, "data directory in use");
      throw new FailedError(error.message, { cause: error });
    }
    try {
      await server.listen();
    } catch (error) {
      logger.fatal({ err: error }, "cannot listen");
      throw new FailedError(`cannot listen: ${(error as Error).message}`, { cause: error });
    }
    // Runs until a signal: the first shuts down gracefully, a second exits at once.
    return new Promise<number>((resolve) => {
      let signals = 0;
      stop = (signal: NodeJS.Signals) => {
        if (++signals > 1) {
          logger.warn({ signal }, "second signal: exiting now");
          process.exit(signalExitCode(signal));
        }
        logger.info({ signal }, "shutting down");
        server.close().then(
          () => resolve(ExitCode.ok),
          (error) => {
            logger.error({ err: error }, "shutdown failed");
            resolve(ExitCode.failed);
          },
        );
      };
      if (early) stop(early);
      // SIGHUP (systemctl reload) re-reads the TLS certificate and key; a bad file keeps the old pair.
      process.on("SIGHUP", () => {
        try {
          const info = server.reloadTls();
          logger.info(
            { fingerprint256: info.fingerprint256, validTo: new Date(info.validToMs) },
            "TLS certificate reloaded",
          );
        } catch (error) {
          logger.error(
            { err: (error as Error).message },
            "TLS reload failed; the certificate in force stays",
          );
        }
      });
    });
  },
  // ConfigError is a UsageError already; a TLS file that cannot be used is a setting's fault too.
  (error) => (error instanceof TlsConfigError ? new UsageError(error.message, { cause: error }) : undefined),
);
