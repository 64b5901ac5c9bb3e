// `parley send --to <#room|nick> <path>`: connect, log in, send one file with a progress bar on
// stderr, print the file's id on stdout, exit. Exit codes come from @parley/cli-shell.
import { resolve } from "node:path";
import { formatBytes } from "@parley/cli-shell";
import { expandHome } from "../files/names.js";
import { uploadFile } from "../files/upload.js";
import { parseTarget } from "../state/transfers.js";
import {
  addConnectionOptions,
  type CliIo,
  ExitCode,
  runScript,
  scriptCommand,
  UsageError,
  withTransferSession,
} from "./common.js";

/** Runs `parley send` with `argv` (the words after "send"); resolves with the exit code. */
export function runSend(argv: string[], io: CliIo): Promise<number> {
  return runScript("send", io, async (setNick) => {
    const command = addConnectionOptions(scriptCommand("parley send", io))
      .description("Send a file to a room or a user, show progress on stderr, print the file id on stdout.")
      .requiredOption("--to <target>", '"#room" or a nick')
      .argument("<path>", "the file to send");
    command.parse(argv, { from: "user" });
    const flags = command.opts<{ to: string; host?: string; port?: string; nick?: string }>();
    const target = parseTarget(flags.to);
    if (!target) throw new UsageError(`--to needs "#room" or a nick, not "${flags.to}"`);
    const path = resolve(io.cwd, expandHome(command.args[0]!, io.env.HOME));
    const where = "room" in target ? `#${target.room}` : target.nick;
    const rooms = { rooms: "room" in target ? [target.room] : [], joinDefaultRoom: false };
    const { file } = await withTransferSession(io, flags, "send", setNick, rooms, (session, bar) =>
      uploadFile(session, {
        path,
        target,
        maxFileBytes: session.maxFileBytes,
        signal: io.signal,
        onEvent(event) {
          switch (event.type) {
            case "hashing":
              if (event.bytes === 0) bar.start("hashing", event.totalBytes);
              else bar.update(event.bytes);
              return;
            case "sending":
              if (event.resumed) bar.note(`resuming at ${formatBytes(event.offset)}`);
              bar.start(`sending to ${where}`, event.totalBytes, event.offset);
              return;
            case "progress":
              return bar.update(event.bytes);
            case "interrupted":
              return bar.note("connection lost; reconnecting to resume…");
            case "verifying":
              return bar.update(Number.MAX_SAFE_INTEGER);
          }
        },
      }),
    );
    io.stderr.write(`sent ${file.name} (${formatBytes(file.size ?? 0)}) to ${where} as ${file.id}\n`);
    io.stdout.write(`${file.id}\n`);
    return ExitCode.ok;
  });
}
