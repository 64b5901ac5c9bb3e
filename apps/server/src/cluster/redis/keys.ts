// Every Redis key and channel the cluster uses, in one place, under one prefix so a Redis can be
// shared with other programs. Documented in docs/cluster.md ("What is in Redis").

export const PREFIX = "parley:";
/** Counter handing each starting node its number (and so its session id range). */
export const NODE_COUNTER = `${PREFIX}node-counter`;
/** Sorted set: live node number → time of its last heartbeat (ms). */
export const NODES = `${PREFIX}nodes`;
/** Hash per node: session id → SessionRecord as JSON. */
export const nodeSessions = (node: number) => `${PREFIX}node:${node}:sessions`;
/** Channel per room: the room's publications. */
export const roomChannel = (room: string) => `${PREFIX}room:${room}`;
/** Channel every node hears: presence for some rooms (each node keeps what concerns its members). */
export const PRESENCE_CHANNEL = `${PREFIX}presence`;
/** Channel every node hears: operators' commands. */
export const COMMAND_CHANNEL = `${PREFIX}commands`;
/**
 * Hash per claimed nick, by its confusable skeleton: ".nick" (case-folded) and ".party" (the holder:
 * "~account" or a guest's party), then session id → SessionRecord as JSON for each session holding it.
 */
export const nickKey = (skeleton: string) => `${NICK_PREFIX}${skeleton}`;
export const NICK_PREFIX = `${PREFIX}nick:`;
