// `parley get <id> [--dir DIR]`: connect, log in, download one file into the download directory
// with a progress bar on stderr, verify it, print where it was saved on stdout, exit. A partial
// download left by a lost connection or an earlier run is resumed.
import { resolve } from "node:path";
import { formatBytes } from "@parley/cli-shell";
import { downloadFile } from "../files/download.js";
import { defaultDownloadDir, expandHome } from "../files/names.js";
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
import { findFileId } from "./find-file.js";

/** Runs `parley get` with `argv` (the words after "get"); resolves with the exit code. */
export function runGet(argv: string[], io: CliIo): Promise<number> {
  return runScript("get", io, async (setNick) => {
    const command = addConnectionOptions(scriptCommand("parley get", io))
      .description("Download a file by its id, show progress on stderr, print the saved path on stdout.")
      .argument(
        "<id>",
        "the file id from the file message, or any unique prefix of it (4 characters or more)",
      )
      .option("--dir <dir>", "download directory (default $PARLEY_DOWNLOAD_DIR or ~/Downloads/parley)")
      .option(
        "--room <#room>",
        "join this room first: needed for files sent to a room other than the default",
      );
    command.parse(argv, { from: "user" });
    const flags = command.opts<{
      dir?: string;
      room?: string;
      host?: string;
      port?: string;
      nick?: string;
    }>();
    const ref = command.args[0]!.trim().toLowerCase();
    if (!/^[0-9a-f]{4,32}$/.test(ref))
      throw new UsageError(
        `"${command.args[0]}" is not a file id (32 hex digits, or the first 4 or more of them)`,
      );
    const room = flags.room ? parseTarget(flags.room.startsWith("#") ? flags.room : `#${flags.room}`) : null;
    if (flags.room && !(room && "room" in room))
      throw new UsageError(`--room needs a room name, not "${flags.room}"`);
    const dir = flags.dir ? resolve(io.cwd, expandHome(flags.dir, io.env.HOME)) : defaultDownloadDir(io.env);
    const rooms = { rooms: room && "room" in room ? [room.room] : [], joinDefaultRoom: true };
    const { file, path } = await withTransferSession(
      io,
      flags,
      "get",
      setNick,
      rooms,
      async (session, bar) => {
        const joined = [session.defaultRoom, ...rooms.rooms].filter(Boolean);
        const fileId = await findFileId(await session.connection(), joined, ref);
        return downloadFile(session, {
          fileId,
          dir,
          signal: io.signal,
          onEvent(event) {
            switch (event.type) {
              case "receiving":
                if (event.resumed && event.offset > 0) bar.note(`resuming at ${formatBytes(event.offset)}`);
                bar.start(event.file.name ?? fileId, event.file.size ?? 0, event.offset);
                return;
              case "progress":
                return bar.update(event.bytes);
              case "interrupted":
                return bar.note("connection lost; reconnecting to resume…");
              case "verifying":
                return;
            }
          },
        });
      },
    );
    io.stderr.write(`saved ${file.name} (${formatBytes(file.size ?? 0)}) from ${file.fromNick} to ${path}\n`);
    io.stdout.write(`${path}\n`);
    return ExitCode.ok;
  });
}
