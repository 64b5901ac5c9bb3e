// @parley/cli-shell: what parley-server, parley and parley-admin share on the command line.
//   exit-codes.ts  the one exit-code table (ExitCode), its help text, 128 + signal
//   errors.ts      CliError and one subclass per failure, each carrying its exit code
//   run.ts         run(prog, main), runToExitCode, orExit: failure → one `prog: message` line + code
//   format.ts      times (locale from LC_ALL/LC_TIME/LANG, ISO in C), sizes ("100 MiB"), durations
//   commander.ts   shellCommand: Commander that reports through our streams and never exits itself
export { shellCommand } from "./commander.js";
export {
  CannotConnectError,
  CliError,
  FailedError,
  InterruptedError,
  NotFoundError,
  ServerFailureError,
  UnauthorizedError,
  UsageError,
} from "./errors.js";
export { EXIT_CODE_MEANINGS, ExitCode, exitCodesHelp, signalExitCode } from "./exit-codes.js";
export { formatBytes, formatDurationMs, TimeFormat, timeFormat, timeLocale } from "./format.js";
export {
  oneLine,
  orExit,
  reportFailure,
  run,
  runToExitCode,
  type ShellStream,
  type Translate,
} from "./run.js";
