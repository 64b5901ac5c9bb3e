// Keeps a History reply inside one frame: messages are cut at a byte budget (half the frame limit),
// and `has_more` tells the client to page on with FetchHistory.
import type { ChatMessage } from "@parley/protocol";

/** Worst-case encoded size of a message: UTF-16 units × 3 for the text plus fixed overhead. */
function estimateBytes(message: ChatMessage): number {
  return (
    (message.text?.length ?? 0) * 3 + (message.fromNick?.length ?? 0) * 3 + 96 + (message.file ? 256 : 0)
  );
}

/**
 * Truncates `messages` (oldest first) so their encoding fits `maxFrameBytes / 2`. When `keepNewest`,
 * the oldest are dropped instead (a "latest N" reply keeps the end). Returns true if anything was cut.
 */
export function fitHistory(messages: ChatMessage[], maxFrameBytes: number, keepNewest = false): boolean {
  const budget = maxFrameBytes / 2;
  let used = 0;
  if (keepNewest) {
    for (let i = messages.length - 1; i >= 0; i--) {
      used += estimateBytes(messages[i]!);
      if (used > budget) {
        messages.splice(0, i + 1);
        return true;
      }
    }
    return false;
  }
  for (let i = 0; i < messages.length; i++) {
    used += estimateBytes(messages[i]!);
    if (used > budget) {
      messages.length = i;
      return true;
    }
  }
  return false;
}
