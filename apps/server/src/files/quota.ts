// Whether a new upload fits: per account (a guest: per nick), per address, in all, and above the
// free-disk floor. Pure: the caller reads the usage and the free space.
import { formatBytes } from "@parley/cli-shell";
import type { ServerConfig } from "../config.js";
import type { FileUsage } from "./store.js";

/** The settings the quota check reads. */
export type QuotaSettings = Pick<
  ServerConfig,
  | "fileQuotaBytes"
  | "fileQuotaBytesPerAccount"
  | "fileQuotaBytesPerAddress"
  | "fileQuotaFiles"
  | "fileStoreMaxBytes"
  | "minFreeDiskBytes"
>;

/** Everything held when the offer arrives; `freeDiskBytes` is read only when a floor is set. */
export interface QuotaUsage {
  /** What the uploader holds: its account's files under any nick, or for a guest its nick's. */
  byOwner: FileUsage;
  /** Whether the owner is an account (held to fileQuotaBytesPerAccount) or a guest nick (fileQuotaBytes). */
  ownerIsAccount: boolean;
  byAddress: FileUsage;
  /** Bytes held or reserved in all, and the part of them not yet written (unfinished uploads). */
  inAll: { bytes: number; reserved: number };
  freeDiskBytes: () => number;
}

/**
 * Why an upload of `size` bytes cannot start, or undefined if it can. Every file counts one against
 * fileQuotaFiles, an empty one too; the free-disk check subtracts what unfinished uploads will still
 * write, so uploads started together cannot jointly pass the floor.
 */
export function quotaProblem(settings: QuotaSettings, usage: QuotaUsage, size: number): string | undefined {
  const { byOwner, byAddress, inAll } = usage;
  const owner = usage.ownerIsAccount ? "account" : "nick";
  const ownerQuota = usage.ownerIsAccount ? settings.fileQuotaBytesPerAccount : settings.fileQuotaBytes;
  const maxFiles = settings.fileQuotaFiles;
  if (maxFiles > 0 && byOwner.files + 1 > maxFiles)
    return `file quota exceeded: this ${owner} holds ${byOwner.files} of ${maxFiles} files`;
  if (maxFiles > 0 && byAddress.files + 1 > maxFiles)
    return `file quota exceeded: this address holds ${byAddress.files} of ${maxFiles} files`;
  if (ownerQuota > 0 && byOwner.bytes + size > ownerQuota)
    return `storage quota exceeded: ${formatBytes(byOwner.bytes)} of ${formatBytes(ownerQuota)} in use by this ${owner}`;
  if (settings.fileQuotaBytesPerAddress > 0 && byAddress.bytes + size > settings.fileQuotaBytesPerAddress)
    return `storage quota exceeded: ${formatBytes(byAddress.bytes)} of ${formatBytes(settings.fileQuotaBytesPerAddress)} in use from this address`;
  if (settings.fileStoreMaxBytes > 0 && inAll.bytes + size > settings.fileStoreMaxBytes)
    return "the server's file storage is full; try again when older files have expired";
  if (
    settings.minFreeDiskBytes > 0 &&
    usage.freeDiskBytes() - inAll.reserved - size < settings.minFreeDiskBytes
  )
    return "the server is low on disk space; uploads are refused for now";
  return undefined;
}
