// The JSON field names scripts rely on, written out once for the unit and the end-to-end tests to hold
// the output to (a renamed or reordered field is a breaking change for every script that reads it).

/** Keys of one session record in `parley-admin sessions --json`, in their fixed order. */
export const SESSION_JSON_KEYS = [
  "id",
  "nick",
  "remote_address",
  "remote_port",
  "client_name",
  "client_version",
  "connected_at_ms",
  "connected_at",
  "idle_ms",
  "rooms",
  "messages_in",
  "messages_out",
  "bytes_in",
  "bytes_out",
  "send_queue_bytes",
  "rtt_ms",
  "state",
  "transport",
  "account",
];

/** Keys of one account record in `parley-admin accounts --json`, in their fixed order. */
export const ACCOUNT_JSON_KEYS = [
  "name",
  "created_at_ms",
  "created_at",
  "last_seen_ms",
  "last_seen",
  "locked",
  "sessions",
  "failed_logins",
];
