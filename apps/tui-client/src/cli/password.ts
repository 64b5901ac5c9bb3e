// Where a password comes from: PARLEY_PASSWORD, or a prompt on the terminal that does not echo what
// is typed. Never a command-line flag (other users see argv in `ps`).
import { UsageError } from "@parley/cli-shell";

/** The terminal a prompt reads from and writes to (process.stdin and stderr in the binary). */
export interface PromptTerminal {
  input: NodeJS.ReadStream;
  output: { write(text: string): unknown };
}

/** Typing Ctrl+C at the password prompt. */
export class PromptCancelledError extends Error {
  override name = "PromptCancelledError";
}

/**
 * Reads one line without echoing it: raw mode, Backspace erases, Enter ends, Ctrl+C or Ctrl+D
 * cancels (PromptCancelledError). Pasted text is taken as typed.
 */
export function promptHidden(prompt: string, terminal: PromptTerminal): Promise<string> {
  const { input, output } = terminal;
  output.write(prompt);
  const wasRaw = input.isRaw;
  input.setRawMode(true);
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = "";
    const finish = (error?: Error) => {
      input.off("data", onData);
      input.setRawMode(wasRaw);
      input.pause();
      output.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") return finish();
        if (char === "\u0003" || char === "\u0004") return finish(new PromptCancelledError("cancelled"));
        if (char === "\u007f" || char === "\b") typed = [...typed].slice(0, -1).join("");
        else if (char >= " ") typed += char;
      }
    };
    input.on("data", onData);
  });
}

/**
 * The password: PARLEY_PASSWORD when set, else asked for on the terminal (twice when `confirm`, for a
 * new password). Without either, a UsageError saying how to give one.
 */
export async function obtainPassword(
  env: NodeJS.ProcessEnv,
  terminal: PromptTerminal | undefined,
  what: string,
  confirm = false,
): Promise<string> {
  if (env.PARLEY_PASSWORD) return env.PARLEY_PASSWORD;
  if (!terminal?.input.isTTY)
    throw new UsageError(`${what} needs a password: set PARLEY_PASSWORD or run it in a terminal to be asked`);
  const password = await promptHidden(`Password for ${what}: `, terminal);
  if (confirm && (await promptHidden("Again, to be sure: ", terminal)) !== password)
    throw new UsageError("the two passwords differ; nothing was changed");
  return password;
}
