// File transfers in progress or just finished, each with its progress bar.
import type { Transfer } from "../client/events";
import { formatBytes } from "./format";

export function Transfers({ transfers }: { transfers: Transfer[] }) {
  if (transfers.length === 0) return null;
  return (
    <section class="transfers" aria-label="File transfers">
      <ul>
        {transfers.map((t) => (
          <li key={t.id} data-phase={t.phase}>
            <span>
              {t.direction === "upload" ? "↑" : "↓"} {t.name} · {phaseText(t)}
            </span>
            <progress max={t.totalBytes || 1} value={t.phase === "done" ? t.totalBytes || 1 : t.bytes} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function phaseText(t: Transfer): string {
  switch (t.phase) {
    case "hashing":
      return "checking";
    case "sending":
    case "receiving":
      return `${formatBytes(t.bytes)} of ${formatBytes(t.totalBytes)}`;
    case "verifying":
      return "verifying";
    case "done":
      return t.direction === "upload" ? "sent" : "saved";
    case "failed":
      return `failed: ${t.error ?? ""}`;
  }
}
