// The transfers panel: one line per upload or download, running ones with a bar, speed and time
// left, finished ones with their outcome, so several transfers can be watched at once.

import { formatBytes } from "@parley/cli-shell";
import { Box, Text } from "ink";
import { fractionDone, progressBar, progressSummary } from "../files/progress.js";
import type { Transfer, TransfersState } from "../state/transfers.js";
import { fit, textWidth, truncate } from "./layout.js";

const PHASE_WORDS: Record<Transfer["phase"], string> = {
  hashing: "hashing",
  active: "",
  waiting: "reconnecting to resume…",
  verifying: "verifying SHA-256…",
  done: "",
  failed: "failed",
  cancelled: "cancelled",
};

/** Lines the panel takes for `state` (0 when there is nothing to show). */
export function transfersHeight(state: TransfersState): number {
  return state.transfers.length;
}

/** Every transfer in `state`, one line each, `width` cells wide. */
export function Transfers({ state, width, nowMs }: { state: TransfersState; width: number; nowMs: number }) {
  if (state.transfers.length === 0) return null;
  return (
    <Box flexDirection="column" width={width}>
      {state.transfers.map((t) => (
        <TransferLine key={t.id} transfer={t} width={width} nowMs={nowMs} />
      ))}
    </Box>
  );
}

function TransferLine({ transfer: t, width, nowMs }: { transfer: Transfer; width: number; nowMs: number }) {
  const arrow = t.direction === "upload" ? "↑" : "↓";
  const who = t.peer ? (t.direction === "upload" ? ` → ${t.peer}` : ` from ${t.peer}`) : "";
  const label = `${arrow} ${t.name}${who}`;
  const labelWidth = Math.min(textWidth(label), Math.max(12, Math.floor(width * 0.35)));
  const head = fit(label, labelWidth);
  const rest = Math.max(0, width - labelWidth - 2);
  if (t.phase === "done") {
    const what =
      t.direction === "upload" ? `sent (${formatBytes(t.progress.totalBytes)})` : `saved to ${t.detail}`;
    return (
      <Text wrap="truncate-end">
        <Text color="greenBright">{head}</Text>
        {"  "}
        <Text color="green">{truncate(`✔ ${what}`, rest)}</Text>
      </Text>
    );
  }
  if (t.phase === "failed" || t.phase === "cancelled") {
    return (
      <Text wrap="truncate-end">
        <Text color="redBright">{head}</Text>
        {"  "}
        <Text color="red">{truncate(`✘ ${PHASE_WORDS[t.phase]}: ${t.detail}`, rest)}</Text>
      </Text>
    );
  }
  const words = PHASE_WORDS[t.phase];
  const summary = progressSummary(t.progress, nowMs);
  const tail = words ? `${words}${t.phase === "hashing" ? ` ${summary.trim()}` : ""}` : summary;
  const barWidth = Math.min(30, rest - textWidth(tail) - 3);
  return (
    <Text wrap="truncate-end">
      <Text color="cyanBright">{head}</Text>
      {"  "}
      {barWidth >= 5 ? (
        <>
          <Text color={t.phase === "waiting" ? "yellow" : "cyan"}>
            {`▕${progressBar(fractionDone(t.progress), barWidth)}▏`}
          </Text>{" "}
        </>
      ) : null}
      <Text dimColor={t.phase !== "active"}>
        {truncate(tail, Math.max(0, rest - (barWidth >= 5 ? barWidth + 3 : 0)))}
      </Text>
    </Text>
  );
}
