// Helpers for the admin listener tests: admin clients (from the test kit) and a logger whose lines the
// test can read.
import { Writable } from "node:stream";
import type { AuditEntry, ProtocolClient } from "@parley/protocol";
import pino from "pino";
import type { Logger } from "../src/logger.js";

export { adminClient, rawAdminClient } from "@parley/testkit";

/** A real pino logger writing JSON lines into memory. */
export function capturingLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level: "info" }, stream);
  return {
    logger,
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** Audit entries of operator actions: the "auth" rows every admin connection leaves are left out. */
export async function operatorAudit(admin: ProtocolClient, limit = 0): Promise<AuditEntry[]> {
  const entries = (await admin.request({ adminListAudit: { limit } })).adminAuditList?.entries ?? [];
  return entries.filter((entry) => entry.action !== "auth");
}
