// Everything the client keeps on disk for one server, gathered at start: the options from the
// config file, where /set writes them back, and this server's saved state (open rooms, ignores).
import { configPath, loadConfigFile } from "../config.js";
import { defaultLogDir } from "../logging.js";
import { type ClientOptions, optionsFromFile } from "./options.js";
import { configDir, loadServerState, type ServerState, serverStatePath } from "./server-state.js";

export interface Profile {
  options: ClientOptions;
  /** The config file /set and /unset write back to. */
  configPath: string;
  /** This server's state file (rooms and conversations to restore, ignore rules). */
  statePath: string;
  /** What that file held at start; null on the first visit to this server. */
  saved: ServerState | null;
  /** Where logs go when the log_dir option is empty. */
  defaultLogDir: string;
  /** This server's name in file names ("host_port"): its folder of logs. */
  serverFolder: string;
}

/** Reads the profile for host:port. A bad option value in the config file throws OptionValueError. */
export function openProfile(env: NodeJS.ProcessEnv, host: string, port: number): Profile {
  const path = configPath(env);
  const statePath = serverStatePath(configDir(env), host, port);
  return {
    options: optionsFromFile(loadConfigFile(path) as Record<string, unknown>),
    configPath: path,
    statePath,
    saved: loadServerState(statePath),
    defaultLogDir: defaultLogDir(env),
    serverFolder: `${host}_${port}`,
  };
}
