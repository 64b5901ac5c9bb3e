// Command-line parsing for parley-server: one flag per setting (generated from the config table),
// plus --config FILE. Returns the resolved configuration; no side effects beyond reading the file.
import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import {
  CONFIG_KINDS,
  ConfigError,
  defaultConfig,
  envName,
  flagName,
  fromEnv,
  fromFile,
  fromFlags,
  resolveConfig,
  type ServerConfig,
} from "./config.js";
import { SERVER_VERSION } from "./version.js";

/** Parses argv and env into the effective configuration: defaults < config file < environment < flags. */
export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  const defaults = defaultConfig(env);
  const program = new Command("parley-server")
    .description("The Parley chat server.")
    .version(SERVER_VERSION)
    .addOption(new Option("--config <file>", "JSON config file (camelCase keys)").env("PARLEY_CONFIG"))
    .showHelpAfterError()
    .exitOverride();
  for (const key of Object.keys(CONFIG_KINDS) as (keyof ServerConfig)[]) {
    if (CONFIG_KINDS[key] === "boolean") {
      // A switch both ways, so a flag can undo a config file or environment setting.
      const help = `${key} [${envName(key)}] (default ${defaults[key]})`;
      program.addOption(new Option(`--${flagName(key)}`, help));
      program.addOption(new Option(`--no-${flagName(key)}`, `turn ${key} off`));
      continue;
    }
    const kind = CONFIG_KINDS[key] === "integer" ? "<n>" : "<value>";
    const fallback = key === "adminToken" ? "(generated)" : JSON.stringify(defaults[key]);
    program.addOption(
      new Option(`--${flagName(key)} ${kind}`, `${key} [${envName(key)}] (default ${fallback})`),
    );
  }
  program.parse(argv, { from: "user" });
  const flags = program.opts();
  const file = flags.config ? fromFile(readJson(flags.config as string), flags.config as string) : {};
  return resolveConfig(defaults, file, fromEnv(env), fromFlags(flags));
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read config file ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}
