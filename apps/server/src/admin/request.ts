// What admin handlers share: the request they serve, and input clean-up. Handlers return the reply
// body, or a promise of it when they wait for the store, or throw RequestError (../request-error.ts).
import type { DecodedEnvelope, Envelope } from "@parley/protocol";
import type { ServerContext } from "../context.js";
import type { AuditLog } from "./audit.js";

/** What a handler works with: the server, the audit log, and who is asking (for the log). */
export interface AdminRequest {
  readonly ctx: ServerContext;
  readonly audit: AuditLog;
  /** The admin connection's peer, "127.0.0.1:53422" or "unix". */
  readonly peer: string;
}

/** Serves one admin message kind; returns the reply envelope's body (the request id is added later). */
export type AdminHandler = (request: AdminRequest, envelope: DecodedEnvelope) => Envelope | Promise<Envelope>;

/** Operator name for Kicked and the audit log: trimmed, at most 64 characters, "admin" when empty. */
export function operatorName(by: string | null | undefined): string {
  const name = (by ?? "").trim().slice(0, 64);
  return name || "admin";
}

/** Longest kick or ban reason kept, in characters; longer ones are cut. */
export const MAX_REASON_CHARS = 300;

export function reasonText(reason: string | null | undefined): string {
  return [...(reason ?? "").trim()].slice(0, MAX_REASON_CHARS).join("");
}
