// Commander set up the way every Parley program uses it: errors and help go through the given
// streams, errors read `prog: message` on one line, and nothing calls process.exit behind our back.
import type { Command } from "commander";
import type { ShellStream } from "./run.js";

/** Configures `command` (and, through copyInheritedSettings, its subcommands) for run()/runToExitCode. */
export function shellCommand(
  command: Command,
  prog: string,
  io: { stdout: ShellStream; stderr: ShellStream },
): Command {
  return command
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, `${prog}: `)),
    });
}
