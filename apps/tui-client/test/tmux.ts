// The test kit's tmux driver, and the command that runs this client from source in a pane.
import { fileURLToPath } from "node:url";
import { paneCommand } from "@parley/testkit";

export { Tmux } from "@parley/testkit";

const appDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * The command that runs `parley` from source, as a person would during development; it prints
 * `EXITED <code>` when the client ends. `preload` names extra modules for node's --import.
 */
export function parleyCommand(args: string[], preload: string[] = []): string {
  return paneCommand(appDir, "src/main.tsx", args, preload);
}
