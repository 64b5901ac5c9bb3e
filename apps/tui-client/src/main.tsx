// parley: the full-screen Parley chat client, started by launch.ts. Reads flags, environment and
// config, checks for a terminal, switches to the alternate screen (restored on every exit path) and
// renders the app.
// Must stay the first import: it has to run before React and Ink are evaluated. For the same reason
// this file holds no JSX (the compiler would put a JSX-runtime import, which loads React, above it).
//   launch.ts, heap-flags.ts  the entry point: node's heap settings, then this file
//   client/      the connection: reconnect-loop.ts (typed Status through status-feed.ts),
//                event-mapper.ts (envelopes → events, pure), chat-client.ts (login, resume, requests)
//   state/       the pure reducer, command parser, key decoder and input-line editing
//   hooks/, components/  the screen; files/ transfers; cli/ the `parley send|get` scripts
import "./interactive.js";
import { createRequire } from "node:module";
import { ExitCode, exitCodesHelp, orExit, shellCommand, signalExitCode, UsageError } from "@parley/cli-shell";
import {
  connectTls,
  FingerprintMismatchError,
  formatServerAddress,
  sameName,
  type TlsClientOptions,
  UntrustedCertificateError,
} from "@parley/protocol";
import { Command } from "commander";
import { type Instance, render } from "ink";
import { createElement } from "react";
import { addConnectionOptions } from "./cli/common.js";
import { promptHidden } from "./cli/password.js";
import { isScriptCommand, runScriptCommand } from "./cli/run.js";
import { ChatClient, type ChatConnection } from "./client/chat-client.js";
import { expandServers } from "./client/resolve-servers.js";
import { setClusterProfile } from "./components/clusters.js";
import { Root } from "./components/Root.js";
import { OptionValueError } from "./config/options.js";
import { openProfile } from "./config/profile.js";
import { ConfigError, configPath, loadConfigFile, loadSettings, type PartialSettings } from "./config.js";
import { enterFullScreen, restoreTerminal } from "./terminal.js";
import { probeClusterWidths } from "./terminal-probe.js";
import { firstUseNote, INSECURE_NOTE, resolveTls, type TlsFlags } from "./tls.js";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

// `parley send …`, `parley get …` and `parley probe …` run without the screen and exit.
if (isScriptCommand(process.argv.slice(2))) await runScriptCommand(process.argv.slice(2), version);

const settings = await orExit("parley", () => {
  const program = addConnectionOptions(
    shellCommand(new Command("parley"), "parley", process)
      .description("Chat on a Parley server in a full-screen terminal client.")
      .version(version),
    "your nick (env PARLEY_NICK); asked for if not given",
  )
    .option(
      "--ask-password",
      "ask (without echo) for the password of your nick's account before starting; or set PARLEY_PASSWORD",
    )
    .addHelpText(
      "after",
      '\nConfig file: $PARLEY_CLIENT_CONFIG or ~/.config/parley/config.json, e.g. {"host": "chat.example", "nick": "ana"};' +
        "\n  its options are listed and changed inside the client with /set (see docs/client.md)" +
        "\n\nFiles, without the screen (see parley send --help, parley get --help):" +
        "\n  parley send --to <#room|nick> <path>   send a file; prints its id" +
        "\n  parley get <id> [--dir DIR]            download it; prints where it was saved" +
        "\n\nAccounts (see parley register --help):" +
        "\n  parley register --nick NICK             make NICK yours, with a password" +
        "\n\nServer status over UDP, without logging in (see parley probe --help):" +
        "\n  parley probe HOST[:PORT] [--json]       name, version, sessions, rooms, uptime, TLS" +
        `\n\n${exitCodesHelp()}`,
    )
    .parse();
  const flags = program.opts<PartialSettings & TlsFlags & { askPassword?: boolean }>();
  const resolved = loadSettings(flags, process.env);
  // First-use fingerprints are shown by the check below, before the screen; the client's own
  // connections then find the host in known_hosts.
  const tls = resolveTls(
    flags,
    process.env,
    loadConfigFile(configPath(process.env)) as Record<string, unknown>,
  );
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError(
      "needs an interactive terminal (stdin and stdout must be a TTY); run it directly in a terminal window.",
    );
  }
  let profile: ReturnType<typeof openProfile>;
  try {
    profile = openProfile(process.env, resolved.host, resolved.port);
  } catch (error) {
    if (!(error instanceof OptionValueError)) throw error;
    throw new ConfigError(`${configPath(process.env)}: ${error.message}`, { cause: error });
  }
  if (flags.askPassword && !resolved.nick)
    throw new UsageError("--ask-password needs --nick (or PARLEY_NICK)");
  return { ...resolved, tls, profile, askPassword: !!flags.askPassword };
});

// The account's password, for logins to the configured nick: asked for before the screen opens.
const password = await orExit("parley", async () =>
  settings.askPassword
    ? await promptHidden(`Password for ${settings.nick}: `, { input: process.stdin, output: process.stderr })
    : process.env.PARLEY_PASSWORD || undefined,
);

if (settings.tls) await checkCertificate(settings.host, settings.port, settings.tls);
// Without TLS a name with several addresses (the nodes of a cluster) is tried address by address.
const servers = settings.tls ? settings.servers : await expandServers(settings.servers);

/**
 * With TLS, one connection before the screen opens: it shows a first-use fingerprint, and refuses an
 * untrusted or changed certificate with a message on the normal screen (exit 4). A server that cannot
 * be reached is left to the client, which keeps retrying.
 */
async function checkCertificate(host: string, port: number, tls: TlsClientOptions): Promise<void> {
  if (tls.insecure) {
    process.stderr.write(`parley: ${INSECURE_NOTE}\n`);
    return;
  }
  try {
    const socket = await connectTls(host, port, {
      ...tls,
      onNewHost: (info) => process.stderr.write(`parley: ${firstUseNote(info)}\n`),
    });
    socket.destroy();
  } catch (error) {
    if (error instanceof UntrustedCertificateError || error instanceof FingerprintMismatchError) {
      process.stderr.write(`parley: ${error.message}\n`);
      process.exit(ExitCode.cannotConnect);
    }
  }
}

/** Ink's bound on frames a second, whatever asks for them (see the render call below). */
const INK_MAX_FPS = 60;

let connection: ChatConnection | null = null;
let instance: Instance | undefined;
let quitting = false;

/** Takes Ink down first (its exit hook would otherwise redraw the app on the normal screen). */
function unmountQuietly(): void {
  try {
    instance?.unmount();
  } catch {
    // Already torn down.
  }
}

async function quit(reason: string, code: number = ExitCode.ok): Promise<never> {
  if (!quitting) {
    quitting = true;
    await connection?.quit(reason).catch(() => {});
    unmountQuietly();
  }
  restoreTerminal();
  process.exit(code);
}

/**
 * The terminal is gone (window closed, ssh dropped): nothing can be drawn or restored, and writing
 * to it fails with EIO. Says goodbye to the server (briefly), then ends by the hang-up signal itself:
 * exiting normally would have Node restore the terminal's modes and abort on the closed terminal.
 */
let hungUp = false;
function hangUp(): void {
  if (hungUp) return;
  hungUp = true;
  quitting = true;
  const goodbye = connection?.quit("terminal closed").catch(() => {});
  const timeout = new Promise((resolve) => setTimeout(resolve, HANG_UP_GOODBYE_MS));
  void Promise.race([goodbye, timeout]).finally(() => {
    process.removeAllListeners("SIGHUP");
    process.kill(process.pid, "SIGHUP");
  });
}
/** How long a hang-up waits for the server to take the Quit, in ms. */
const HANG_UP_GOODBYE_MS = 500;

function isTerminalGone(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "EIO";
}

function crash(error: unknown): void {
  if (hungUp || isTerminalGone(error)) {
    hangUp();
    return;
  }
  quitting = true;
  unmountQuietly();
  restoreTerminal();
  process.stderr.write(
    `parley crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(ExitCode.failed);
}

/** A write to the terminal failed: it went away (EIO), or something no screen can recover from. */
function onOutputError(error: unknown): void {
  if (isTerminalGone(error)) hangUp();
  else crash(error);
}

enterFullScreen();
// Ink unmounts on 'beforeExit' (an empty event loop), and what keeps the loop busy (stdin in raw
// mode, the socket, retry timers) is opened and closed by effects. Leaving is always explicit
// (quit, crash), so this timer keeps the process up until then whatever the effects are doing.
setInterval(() => {}, 1 << 30);
process.on("exit", restoreTerminal);
process.on("SIGTERM", () => void quit("terminated", signalExitCode("SIGTERM")));
process.on("SIGHUP", hangUp);
process.stdout.on("error", onOutputError);
process.stdin.on("error", onOutputError);
// A terminal that closes while nothing is being drawn may neither signal nor fail a write: its end of
// input is the sign it went away (in raw mode Ctrl+D is a key, not an end).
process.stdin.on("end", hangUp);
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);

// Before the first frame: how this terminal draws emoji sequences, so the layout counts what it draws.
const clusterProfile = await probeClusterWidths(process.stdin, process.stdout);
if (clusterProfile) setClusterProfile(clusterProfile);

instance = render(
  createElement(Root, {
    nick: settings.nick,
    server: settings.servers.map(formatServerAddress).join(", "),
    createConnection: (nick: string) => {
      connection = new ChatClient({
        host: settings.host,
        port: settings.port,
        servers,
        nick,
        clientVersion: version,
        tls: settings.tls,
        restore: settings.profile.saved ?? undefined,
        password: sameName(nick, settings.nick) ? password : undefined,
      });
      return connection;
    },
    onQuit: (reason: string) => void quit(reason),
    profile: settings.profile,
    terminalWrite: (bytes: string) => process.stdout.write(bytes),
  }),
  // Only the rows that changed are rewritten: a busy room no longer clears and redraws the whole
  // screen for every message. Messages come in frames at most 10 a second (useChat's EVENT_FRAME_MS);
  // Ink's own bound is higher, so a key drawn just after a message frame waits at most 16 ms for its
  // turn, not 33, while a burst of updates in the same instant is still drawn once.
  { exitOnCtrlC: false, patchConsole: true, maxFps: INK_MAX_FPS, incrementalRendering: true },
);
// Ink ends the app on a render error; never linger behind a dead screen.
instance.waitUntilExit().then(
  () => {
    if (!quitting) void quit("");
  },
  (error: unknown) => crash(error),
);
