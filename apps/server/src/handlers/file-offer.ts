// FileOffer: start an upload to a room or a user (checked: name, size, checksum form, target,
// quotas, free disk), or resume one from the offset the server holds. Reply: FileUploadReady.
import { formatBytes } from "@parley/cli-shell";
import { ErrorCode } from "@parley/protocol";
import { fileNameProblem, isSha256 } from "../files/names.js";
import { quotaProblem } from "../files/quota.js";
import { RequestError } from "../request-error.js";
import type { ChatSession, Handler } from "./handler.js";
import { memberRoom } from "./room-lookup.js";
import { onlineUser } from "./user-lookup.js";

export const fileOffer: Handler = {
  needsLogin: true,
  rateLimited: true,
  async run(session, { requestId, fileOffer: offer }) {
    if (!offer) return;
    const { ctx } = session;
    const { config, files } = ctx;
    const ready = (id: string, offset: number) =>
      session.send({
        requestId,
        fileUploadReady: { uploadId: id, offset, chunkBytes: config.fileChunkBytes },
      });

    if (offer.resumeUploadId) {
      const record = await files.get(offer.resumeUploadId);
      if (!record || record.complete || record.owner !== fileOwner(session)) {
        throw new RequestError(
          ErrorCode.ERROR_CODE_NO_SUCH_FILE,
          "no upload of yours with that id to resume",
        );
      }
      const upload = session.transfers().openUpload(record, files.partialPath(record.id), true);
      ready(record.id, upload.received);
      return;
    }

    const name = offer.name ?? "";
    const problem = fileNameProblem(name);
    if (problem) {
      throw new RequestError(ErrorCode.ERROR_CODE_INVALID_FILE_NAME, problem);
    }
    const size = offer.size ?? 0;
    if (size > config.maxFileBytes) {
      throw new RequestError(
        ErrorCode.ERROR_CODE_FILE_TOO_LARGE,
        `files are limited to ${formatBytes(config.maxFileBytes)}`,
      );
    }
    const sha256 = (offer.sha256 ?? "").toLowerCase();
    if (!isSha256(sha256)) {
      throw new RequestError(
        ErrorCode.ERROR_CODE_BAD_REQUEST,
        "a file offer needs the SHA-256 as 64 hex digits",
      );
    }
    let room = "";
    let toNick = "";
    let toParty = "";
    if (offer.target === "room") {
      const found = memberRoom(session, offer.room);
      room = found.name;
    } else if (offer.target === "toNick") {
      const recipient = onlineUser(session, offer.toNick);
      toNick = recipient.nick;
      toParty = recipient.party;
    } else {
      throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "a file offer needs a room or a nick");
    }
    const now = ctx.now();
    const address = session.remoteAddress;
    const overQuota = quotaProblem(
      config,
      {
        byOwner: await files.usedBy(fileOwner(session), now),
        ownerIsAccount: !!session.account,
        byAddress: await files.usedFrom(address, now),
        inAll: await files.usedInAll(now),
        freeDiskBytes: () => files.freeDiskBytes(),
      },
      size,
    );
    if (overQuota) throw new RequestError(ErrorCode.ERROR_CODE_QUOTA_EXCEEDED, overQuota);
    const record = await files.create({
      name,
      size,
      sha256,
      owner: fileOwner(session),
      address,
      fromNick: session.nick,
      room,
      toNick,
      fromParty: toParty ? session.party : "",
      toParty,
      createdAtMs: now,
      expiresAtMs: now + config.fileRetentionSeconds * 1000,
    });
    session.transfers().openUpload(record, files.partialPath(record.id), false);
    ready(record.id, 0);
  },
};

/**
 * Whose quota an upload counts against, and who may resume it: the account for an account holder
 * (whatever nick it uses), the nick for a guest.
 */
function fileOwner(session: ChatSession): string {
  return session.account ? session.party : session.foldedNick;
}
