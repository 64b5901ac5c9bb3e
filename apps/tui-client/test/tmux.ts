// The test kit's tmux driver, and the command that runs this client from source in a pane.
import { fileURLToPath } from "node:url";
import { paneCommand, tempDir } from "@parley/testkit";

export { Tmux } from "@parley/testkit";

const appDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * The command that runs `parley` from source, as a person would during development; it prints
 * `EXITED <code>` when the client ends. `preload` names extra modules for node's --import. The
 * client's config directory ($XDG_CONFIG_HOME/parley: options, rooms to restore, known hosts) is
 * `configHome`, or a fresh one for the test. `launch` starts it through another entry file (such as
 * src/launch.ts, as `pnpm parley` does) or with flags for node itself.
 */
export function parleyCommand(
  args: string[],
  preload: string[] = [],
  configHome?: string,
  launch: { entry?: string; nodeFlags?: readonly string[] } = {},
): string {
  const home = configHome ?? tempDir("parley-client-config-");
  const entry = launch.entry ?? "src/main.tsx";
  return `export XDG_CONFIG_HOME='${home}'; ${paneCommand(appDir, entry, args, preload, launch.nodeFlags)}`;
}
