// parley-admin entry point: wires the process (streams, environment, signals) to runCli and exits.
//   cli.ts           program and global options; failures end through @parley/cli-shell
//   commands/*.ts    one subcommand each          admin-client.ts  authenticated admin connection
//   endpoint.ts      where to connect, which token   output.ts      tables and --json records
//   session-query.ts filters and sorting         duration.ts / target.ts  option parsing
import { homedir } from "node:os";
import { text } from "node:stream/consumers";
import { run } from "@parley/cli-shell";
import { runCli } from "./cli.js";

const interrupted = new Promise<void>((resolve) => {
  process.once("SIGINT", () => resolve());
  process.once("SIGTERM", () => resolve());
});

await run("parley-admin", () =>
  runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    homeDir: homedir(),
    now: () => Date.now(),
    interrupted,
    readStdin: () => text(process.stdin),
  }),
);
