// parley-admin entry point: wires the process (streams, environment, signals) to runCli and exits.
//   cli.ts           program, global options, failure → one stderr line + exit code
//   commands/*.ts    one subcommand each          admin-client.ts  authenticated admin connection
//   endpoint.ts      where to connect, which token   output.ts      tables and --json records
//   session-query.ts filters and sorting         duration.ts / target.ts  option parsing
import { homedir } from "node:os";
import { runCli } from "./cli.js";

const interrupted = new Promise<void>((resolve) => {
  process.once("SIGINT", () => resolve());
  process.once("SIGTERM", () => resolve());
});

const exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  homeDir: homedir(),
  now: () => Date.now(),
  interrupted,
});
// Exit explicitly: a connection attempt that timed out may still hold a socket open. Writes to pipes,
// files and terminals are synchronous on Linux; the callback covers the platforms where they are not.
process.stdout.write("", () => process.exit(exitCode));
