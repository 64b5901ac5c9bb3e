// Bottom bar: connection state, server, our nick (and "away" while away), lag, -MORE(n)- (rows below) while scrolled up
// (-MORE(n+)- when newer messages lie past the lines held), and the activity line of unread buffers.
import { Text } from "ink";
import { describeStatus } from "../client/status.js";
import type { ChatState } from "../state/model.js";
import { activityOf, activityText } from "./activity.js";
import { fit, textWidth } from "./layout.js";

const STATUS_COLOUR: Record<string, string> = {
  online: "greenBright",
  connecting: "yellowBright",
  reconnecting: "yellowBright",
  kicked: "redBright",
  banned: "redBright",
  closed: "redBright",
};

/**
 * Lag below this is not shown, as irssi and WeeChat hide it: a healthy connection's few
 * milliseconds say nothing, and each new reading would redraw the bar of an idle client.
 */
export const LAG_MIN_SHOW_MS = 500;
/** Lag from this on is marked "(slow)". */
export const LAG_SLOW_MS = 1000;

export function StatusBar({
  state,
  width,
  nowMs,
  moreRows = 0,
  newer = false,
}: {
  state: ChatState;
  width: number;
  nowMs: number;
  /** Screen rows below the view while scrolled up. */
  moreRows?: number;
  /** Newer messages exist past the lines held (shown as `-MORE(n+)-`). */
  newer?: boolean;
}) {
  const more = moreRows;
  const lag =
    state.lagMs === null || state.lagMs < LAG_MIN_SHOW_MS
      ? ""
      : ` │ lag ${state.lagMs}ms${state.lagMs >= LAG_SLOW_MS ? " (slow)" : ""}`;
  const status = `[${describeStatus(state.status, nowMs)}]`;
  const away = state.away ? " (away)" : "";
  const rest = ` ${state.serverName} │ ${state.nick}${away}${lag}`;
  const moreText = more > 0 || newer ? ` -MORE(${more}${newer ? "+" : ""})-` : "";
  const used = status.length + 1;
  const activity = activityOf(state);
  const highlighted = activity.some((a) => a.highlights > 0);
  const activityWidth = Math.max(0, width - used - textWidth(rest + moreText) - 3);
  const act = activityWidth > 8 ? fit(activityText(activity), activityWidth) : "";
  return (
    <Text backgroundColor="blue" color="whiteBright" wrap="truncate-end">
      {" "}
      <Text color={STATUS_COLOUR[state.status.type]} bold>
        {status}
      </Text>
      {act.trim() ? (
        <>
          {rest + moreText}
          {" │ "}
          <Text color={highlighted ? "magentaBright" : "yellowBright"}>{act}</Text>
        </>
      ) : (
        fit(rest + moreText, Math.max(0, width - used))
      )}
    </Text>
  );
}
