// Command-line parsing for parley-server: one flag per row of the settings table, plus --config FILE.
// Returns the resolved configuration; no side effects beyond reading the file.
import { readFileSync } from "node:fs";
import { exitCodesHelp, type ShellStream, shellCommand } from "@parley/cli-shell";
import { Command, Option } from "commander";
import {
  ConfigError,
  defaultConfig,
  fromEnv,
  fromFile,
  fromFlags,
  resolveConfig,
  type ServerConfig,
} from "./config.js";
import { envName, flagName, SETTING_NAMES, SETTINGS, type SettingSpec, shownDefault } from "./settings.js";
import { SERVER_VERSION } from "./version.js";

/** Where help and errors go; the process's streams unless a test passes its own. */
export interface CommandLineIo {
  stdout: ShellStream;
  stderr: ShellStream;
}

/** Parses argv and env into the effective configuration: defaults < config file < environment < flags. */
export function parseCommandLine(
  argv: string[],
  env: NodeJS.ProcessEnv,
  io: CommandLineIo = { stdout: process.stdout, stderr: process.stderr },
): ServerConfig {
  const program = shellCommand(new Command("parley-server"), "parley-server", io)
    .description("The Parley chat server.")
    .version(SERVER_VERSION)
    .addOption(new Option("--config <file>", "JSON config file (camelCase keys)").env("PARLEY_CONFIG"))
    .addHelpText("after", `\n${exitCodesHelp()}`);
  for (const key of SETTING_NAMES) {
    const { kind, description } = SETTINGS[key] as SettingSpec;
    const help = `${description} [${envName(key)}] (default: ${shownDefault(key, env)})`;
    if (kind === "boolean") {
      // A switch both ways, so a flag can undo a config file or environment setting.
      program.addOption(new Option(`--${flagName(key)}`, help));
      program.addOption(new Option(`--no-${flagName(key)}`, `turn ${key} off`));
      continue;
    }
    program.addOption(new Option(`--${flagName(key)} ${kind === "integer" ? "<n>" : "<value>"}`, help));
  }
  program.parse(argv, { from: "user" });
  const flags = program.opts();
  const file = flags.config ? fromFile(readJson(flags.config as string), flags.config as string) : {};
  return resolveConfig(defaultConfig(env), file, fromEnv(env), fromFlags(flags));
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read config file ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config file ${path} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
