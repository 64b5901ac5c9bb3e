// File transfers from the page: each upload or download runs on the session's logged-in connection
// and reports its progress as a "transfer" action; a finished download is handed to the browser to save.
import type { FileInfo } from "@parley/protocol/browser";
import type { Target, Transfer } from "../client/events";
import { downloadFile, uploadFile } from "../client/files";
import { describe, type WebSession } from "../client/session";
import type { Action } from "../state/reducer";

let nextTransferId = 1;

export function useTransfers(session: WebSession, dispatch: (action: Action) => void) {
  const track = (direction: Transfer["direction"], name: string, totalBytes: number) => {
    let transfer: Transfer = {
      id: `t${nextTransferId++}`,
      direction,
      name,
      bytes: 0,
      totalBytes,
      phase: "hashing",
    };
    const report = (change: Partial<Transfer>) => {
      transfer = { ...transfer, ...change };
      dispatch({ type: "transfer", transfer, nowMs: Date.now() });
    };
    return report;
  };

  const upload = (file: File, target: Target) => {
    const report = track("upload", file.name, file.size);
    session
      .whenOnline()
      .then((conn) => uploadFile(conn, file, target, report))
      .catch((error: unknown) => report({ phase: "failed", error: describe(error) }));
  };

  const download = (file: FileInfo) => {
    const report = track("download", file.name ?? "file", file.size ?? 0);
    report({ phase: "receiving" });
    session
      .whenOnline()
      .then((conn) => downloadFile(conn, file.id ?? "", report))
      .then(({ file: info, blob }) => saveBlob(blob, info.name || "file"))
      .catch((error: unknown) => report({ phase: "failed", error: describe(error) }));
  };

  return { upload, download };
}

/** Offers `blob` to the person as a download named `name`. */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
