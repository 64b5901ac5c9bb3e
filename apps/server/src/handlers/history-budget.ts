// Keeps History replies bounded by bytes as well as rows: each inside one frame (paging.ts), and all
// the History one request returns (a Login joining many rooms) inside maxHistoryBytesPerRequest;
// `has_more` tells the client to page on with FetchHistory.
import { type ChatMessage, pb } from "@parley/protocol";
import { encodedSize, entryBytes, fitPage } from "../paging.js";

const messageSize = encodedSize<ChatMessage>(pb.ChatMessage);

/** What one request may still return, in encoded bytes; shared by the History replies it produces. */
export interface HistoryBudget {
  remainingBytes: number;
}

/** A fresh budget for one request. */
export function historyBudget(maxHistoryBytesPerRequest: number): HistoryBudget {
  return { remainingBytes: maxHistoryBytesPerRequest };
}

/**
 * Truncates `messages` (oldest first) so their encoding fits `pageBytes` (paging.ts's pageBudget for
 * the History reply) and what is left of `budget` (which it then charges). When `keepNewest`, the
 * oldest are dropped instead (a "latest N" reply keeps the end). Returns true if anything was cut.
 */
export function fitHistory(
  messages: ChatMessage[],
  pageBytes: number,
  keepNewest = false,
  budget?: HistoryBudget,
): boolean {
  const limit = Math.min(pageBytes, budget ? budget.remainingBytes : Number.POSITIVE_INFINITY);
  const { page, more } = fitPage(keepNewest ? [...messages].reverse() : messages, messageSize, limit);
  if (keepNewest) page.reverse();
  messages.splice(0, messages.length, ...page);
  if (budget) {
    const used = page.reduce((sum, message) => sum + entryBytes(messageSize(message)), 0);
    budget.remainingBytes = Math.max(0, budget.remainingBytes - used);
  }
  return more;
}
