// Keeps History replies bounded: each inside one frame (half the frame limit), and all the History one
// request returns (a Login joining many rooms) inside maxHistoryBytesPerRequest; `has_more` tells the
// client to page on with FetchHistory.
import type { ChatMessage } from "@parley/protocol";

/** Worst-case encoded size of a message: UTF-16 units × 3 for the text plus fixed overhead. */
function estimateBytes(message: ChatMessage): number {
  return (
    (message.text?.length ?? 0) * 3 + (message.fromNick?.length ?? 0) * 3 + 96 + (message.file ? 256 : 0)
  );
}

/** What one request may still return, in estimated bytes; shared by the History replies it produces. */
export interface HistoryBudget {
  remainingBytes: number;
}

/** A fresh budget for one request. */
export function historyBudget(maxHistoryBytesPerRequest: number): HistoryBudget {
  return { remainingBytes: maxHistoryBytesPerRequest };
}

/**
 * Truncates `messages` (oldest first) so their encoding fits `maxFrameBytes / 2` and what is left of
 * `budget` (which it then charges). When `keepNewest`, the oldest are dropped instead (a "latest N"
 * reply keeps the end). Returns true if anything was cut.
 */
export function fitHistory(
  messages: ChatMessage[],
  maxFrameBytes: number,
  keepNewest = false,
  budget?: HistoryBudget,
): boolean {
  const limit = Math.min(maxFrameBytes / 2, budget ? budget.remainingBytes : Number.POSITIVE_INFINITY);
  let used = 0;
  let cut = false;
  if (keepNewest) {
    for (let i = messages.length - 1; i >= 0; i--) {
      const size = estimateBytes(messages[i]!);
      if (used + size > limit) {
        messages.splice(0, i + 1);
        cut = true;
        break;
      }
      used += size;
    }
  } else {
    for (let i = 0; i < messages.length; i++) {
      const size = estimateBytes(messages[i]!);
      if (used + size > limit) {
        messages.length = i;
        cut = true;
        break;
      }
      used += size;
    }
  }
  if (budget) budget.remainingBytes = Math.max(0, budget.remainingBytes - used);
  return cut;
}
