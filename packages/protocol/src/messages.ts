// The generated protobuf classes and the TypeScript names apps use for them.
// Generated code lives in ../gen and is never edited by hand: change proto/ and run `pnpm generate`.
import "./runtime.js";
import { parley } from "../gen/parley.js";

export { parley };

/** Runtime message classes (encode, decode, create), one per message in proto/parley/v1. */
export const pb = parley.v1;

/** The protocol version this package speaks (`Hello.protocol_version`). */
export const PROTOCOL_VERSION = parley.v1.ProtocolVersion.PROTOCOL_VERSION_1;

/** A frame's content, as a plain object (what apps build and read). */
export type Envelope = parley.v1.IEnvelope;
/** A decoded frame (a class instance; `body` names the one message it carries). */
export type DecodedEnvelope = parley.v1.Envelope;
/** Name of the message an envelope carries, e.g. "sendMessage". */
export type BodyKind = NonNullable<parley.v1.Envelope["body"]>;

export const ErrorCode = parley.v1.ErrorCode;
export type ErrorCode = parley.v1.ErrorCode;
export const MessageKind = parley.v1.MessageKind;
export type MessageKind = parley.v1.MessageKind;
export const PresenceKind = parley.v1.PresenceKind;
export type PresenceKind = parley.v1.PresenceKind;
export const NoticeKind = parley.v1.NoticeKind;
export type NoticeKind = parley.v1.NoticeKind;
export const SessionState = parley.v1.SessionState;
export type SessionState = parley.v1.SessionState;
export const SessionTransport = parley.v1.SessionTransport;
export type SessionTransport = parley.v1.SessionTransport;

export type Hello = parley.v1.IHello;
export type Welcome = parley.v1.IWelcome;
export type Limits = parley.v1.ILimits;
export type Login = parley.v1.ILogin;
export type LoggedIn = parley.v1.ILoggedIn;
export type JoinRoom = parley.v1.IJoinRoom;
export type ProtocolErrorBody = parley.v1.IError;
export type ChatMessage = parley.v1.IChatMessage;
export type Presence = parley.v1.IPresence;
export type Notice = parley.v1.INotice;
export type Kicked = parley.v1.IKicked;
export type Member = parley.v1.IMember;
export type RoomInfo = parley.v1.IRoomInfo;
export type Joined = parley.v1.IJoined;
export type History = parley.v1.IHistory;
export type FileInfo = parley.v1.IFileInfo;
export type SessionInfo = parley.v1.ISessionInfo;
export type SessionFilter = parley.v1.ISessionFilter;
export type Ban = parley.v1.IBan;
export type ClosedSession = parley.v1.IClosedSession;
export type AuditEntry = parley.v1.IAuditEntry;
export type AdminStats = parley.v1.IAdminStats;
export type AccountInfo = parley.v1.IAccountInfo;
export type UserInfo = parley.v1.IUserInfo;
export type UserAway = parley.v1.IUserAway;
export type ReadMarker = parley.v1.IReadMarker;
export type Unread = parley.v1.IUnread;

/** Short names of error codes for people and logs: ERROR_CODE_NICK_IN_USE → "nick_in_use". */
export function errorCodeName(code: ErrorCode | null | undefined): string {
  const name = parley.v1.ErrorCode[code ?? 0] as string | undefined;
  return name ? name.replace(/^ERROR_CODE_/, "").toLowerCase() : `code_${code}`;
}
