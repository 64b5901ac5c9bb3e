// Structured logging with pino: JSON lines for machines, pretty output when stdout is a terminal.
import pino, { type Logger } from "pino";

export type { Logger };

export function createLogger(level: string, pretty = process.stdout.isTTY === true): Logger {
  if (pretty) {
    return pino({
      level,
      transport: { target: "pino-pretty", options: { translateTime: "SYS:HH:MM:ss.l" } },
    });
  }
  return pino({ level });
}

/** A logger that writes nothing: tests and embedded servers that do not want output. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
