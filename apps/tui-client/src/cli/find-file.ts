// Turns the short id a conversation shows ("/get 1ba877fe") into the file's full id for `parley get`:
// the files announced in the recent history of the rooms the command joined, matched as `/get` does.
import type { ProtocolClient } from "@parley/protocol";
import { type KnownFile, resolveFileRef } from "../state/transfers.js";

/** Messages read back per room when looking for a file by prefix (files expire long before most rooms fill this). */
export const FILE_SEARCH_MESSAGES_PER_ROOM = 2000;
/** Messages asked for per history request while searching. */
const FILE_SEARCH_PAGE = 200;

/** No announced file matches the prefix (`ambiguous` false), or several do. `message` is one sentence. */
export class FileRefError extends Error {
  override name = "FileRefError";
  constructor(
    message: string,
    readonly ambiguous: boolean,
  ) {
    super(message);
  }
}

/**
 * The full id of the one file whose id starts with `ref` among those announced in `rooms` (newest
 * FILE_SEARCH_MESSAGES_PER_ROOM messages of each). A full 32-digit id is returned as it is, unread.
 */
export async function findFileId(
  conn: ProtocolClient,
  rooms: readonly string[],
  ref: string,
): Promise<string> {
  const full = resolveFileRef({ files: [] }, ref);
  if (full.ok) return full.id;
  const files: KnownFile[] = [];
  for (const room of new Set(rooms)) files.push(...(await announcedFiles(conn, room)));
  const found = resolveFileRef({ files }, ref);
  if (found.ok) return found.id;
  const where = [...new Set(rooms)].map((r) => `#${r}`).join(", ");
  const ambiguous = files.some((f) => f.id.startsWith(ref.trim().toLowerCase()));
  throw new FileRefError(
    `${found.reason.replace(/\.$/, "")} (looked in ${where}; --room looks in another room)`,
    ambiguous,
  );
}

/** Files announced in `room`, newest last, paging back through its history. */
async function announcedFiles(conn: ProtocolClient, room: string): Promise<KnownFile[]> {
  const newestFirst: KnownFile[] = [];
  let beforeSeq = Number.MAX_SAFE_INTEGER;
  for (let read = 0; read < FILE_SEARCH_MESSAGES_PER_ROOM; ) {
    const reply = await conn.request({ fetchHistory: { room, beforeSeq, limit: FILE_SEARCH_PAGE } });
    const messages = reply.history?.messages ?? [];
    for (const { file } of messages.toReversed())
      if (file?.id)
        newestFirst.push({
          id: file.id,
          name: file.name ?? "",
          size: file.size ?? 0,
          fromNick: file.fromNick ?? "",
        });
    read += messages.length;
    const oldest = messages[0]?.seq ?? 0;
    if (!reply.history?.hasMore || messages.length === 0 || oldest <= 1) break;
    beforeSeq = oldest;
  }
  return newestFirst.reverse();
}
