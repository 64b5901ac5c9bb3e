// What every subcommand shares: the process's streams and environment, the global options, and
// opening an authenticated admin connection from them.

import { UsageError } from "@parley/cli-shell";
import type { Command } from "commander";
import { AdminClient } from "./admin-client.js";
import {
  type ConnectionFlags,
  describeEndpoint,
  type Env,
  loadToken,
  resolveEndpoint,
  resolveTls,
  resolveTokenSource,
} from "./endpoint.js";
import type { RenderOptions } from "./output.js";
import { jsonDocument } from "./output.js";
import { durationOption } from "./session-query.js";

/** The outside world as the CLI sees it; tests and main.ts each provide one. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Env;
  homeDir: string;
  now(): number;
  /** Resolves when the user asks to stop (SIGINT/SIGTERM): ends `--watch`. */
  interrupted: Promise<void>;
  /** All of standard input, for secrets that must not be in argv (`account set-password`). */
  readStdin(): Promise<string>;
}

/** Options accepted before or after any subcommand. */
export interface GlobalOptions extends ConnectionFlags {
  json?: boolean;
  timeout: string;
}

/** Default wait for connecting and for each reply. */
export const DEFAULT_TIMEOUT = "10s";

export class CliContext {
  constructor(readonly io: CliIo) {}

  globals(command: Command): GlobalOptions {
    return command.optsWithGlobals<GlobalOptions>();
  }

  /** JSON requested? */
  json(command: Command): boolean {
    return !!this.globals(command).json;
  }

  /** Styling only on a terminal, and never with NO_COLOR set (https://no-color.org). */
  renderOptions(): RenderOptions {
    return { styled: !!this.io.stdout.isTTY && !this.io.env.NO_COLOR, nowMs: this.io.now() };
  }

  print(text: string): void {
    this.io.stdout.write(text);
  }

  printJson(value: unknown): void {
    this.io.stdout.write(jsonDocument(value));
  }

  /** A note for people on stderr (kept off stdout so piped output stays clean). */
  note(text: string): void {
    this.io.stderr.write(`${text}\n`);
  }

  /** Connects and authenticates using the global options, runs `body`, and always closes. */
  async withClient<T>(command: Command, body: (client: AdminClient) => Promise<T>): Promise<T> {
    const options = this.globals(command);
    const endpoint = resolveEndpoint(options, this.io.env);
    const tokenSource = resolveTokenSource(options, this.io.env, this.io.homeDir);
    const token = loadToken(tokenSource);
    const timeoutMs = durationOption("--timeout", options.timeout);
    if (timeoutMs <= 0) throw new UsageError("--timeout: the duration must be positive");
    const tls =
      endpoint.kind === "tcp"
        ? resolveTls(options, this.io.env, this.io.homeDir, (info) =>
            this.note(
              `parley-admin: first TLS connection to ${describeEndpoint(endpoint)}; its certificate's SHA-256 fingerprint is ${info.fingerprint256} (stored in ${info.knownHostsPath})`,
            ),
          )
        : undefined;
    if (tls?.insecure)
      this.note("parley-admin: --insecure: the server's certificate is not checked (for tests only)");
    const client = await AdminClient.open(endpoint, token, {
      timeoutMs,
      tls,
      tokenOrigin: tokenSource.kind === "literal" ? tokenSource.origin : tokenSource.path,
    });
    try {
      return await body(client);
    } finally {
      await client.close();
    }
  }
}
