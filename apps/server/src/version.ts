// The server's version, announced in Welcome and admin stats.
export const SERVER_VERSION = "0.1.0";
