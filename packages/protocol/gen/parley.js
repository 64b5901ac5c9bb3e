/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $isFinite = $util.global.isFinite;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const parley = $root.parley = (() => {

    const parley = {};

    parley.v1 = (function() {

        const v1 = {};

        v1.Envelope = (function() {

            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Envelope.prototype.requestId = 0;
            Envelope.prototype.hello = null;
            Envelope.prototype.welcome = null;
            Envelope.prototype.ping = null;
            Envelope.prototype.pong = null;
            Envelope.prototype.error = null;
            Envelope.prototype.ok = null;
            Envelope.prototype.login = null;
            Envelope.prototype.loggedIn = null;
            Envelope.prototype.setNick = null;
            Envelope.prototype.quit = null;
            Envelope.prototype.register = null;
            Envelope.prototype.authChallenge = null;
            Envelope.prototype.authResponse = null;
            Envelope.prototype.changePassword = null;
            Envelope.prototype.dropAccount = null;
            Envelope.prototype.joinRoom = null;
            Envelope.prototype.joined = null;
            Envelope.prototype.leaveRoom = null;
            Envelope.prototype.listRooms = null;
            Envelope.prototype.roomList = null;
            Envelope.prototype.setTopic = null;
            Envelope.prototype.topicChanged = null;
            Envelope.prototype.listMembers = null;
            Envelope.prototype.memberList = null;
            Envelope.prototype.sendMessage = null;
            Envelope.prototype.message = null;
            Envelope.prototype.fetchHistory = null;
            Envelope.prototype.history = null;
            Envelope.prototype.presence = null;
            Envelope.prototype.notice = null;
            Envelope.prototype.kicked = null;
            Envelope.prototype.fileOffer = null;
            Envelope.prototype.fileUploadReady = null;
            Envelope.prototype.fileChunk = null;
            Envelope.prototype.fileChunkAck = null;
            Envelope.prototype.fileUploadDone = null;
            Envelope.prototype.fileGet = null;
            Envelope.prototype.fileDownloadStart = null;
            Envelope.prototype.fileCancel = null;
            Envelope.prototype.fileDownloadDone = null;
            Envelope.prototype.searchHistory = null;
            Envelope.prototype.searchResults = null;
            Envelope.prototype.whois = null;
            Envelope.prototype.userInfo = null;
            Envelope.prototype.setAway = null;
            Envelope.prototype.userAway = null;
            Envelope.prototype.adminAuth = null;
            Envelope.prototype.adminListSessions = null;
            Envelope.prototype.adminSessionList = null;
            Envelope.prototype.adminGetSession = null;
            Envelope.prototype.adminSessionDetail = null;
            Envelope.prototype.adminKick = null;
            Envelope.prototype.adminKickResult = null;
            Envelope.prototype.adminBan = null;
            Envelope.prototype.adminBanResult = null;
            Envelope.prototype.adminUnban = null;
            Envelope.prototype.adminUnbanResult = null;
            Envelope.prototype.adminListBans = null;
            Envelope.prototype.adminBanList = null;
            Envelope.prototype.adminListClosed = null;
            Envelope.prototype.adminClosedList = null;
            Envelope.prototype.adminGetStats = null;
            Envelope.prototype.adminStats = null;
            Envelope.prototype.adminAnnounce = null;
            Envelope.prototype.adminAnnounceResult = null;
            Envelope.prototype.adminListAudit = null;
            Envelope.prototype.adminAuditList = null;
            Envelope.prototype.adminReloadTls = null;
            Envelope.prototype.adminReloadTlsResult = null;
            Envelope.prototype.adminListAccounts = null;
            Envelope.prototype.adminAccountList = null;
            Envelope.prototype.adminGetAccount = null;
            Envelope.prototype.adminAccountDetail = null;
            Envelope.prototype.adminLockAccount = null;
            Envelope.prototype.adminDeleteAccount = null;
            Envelope.prototype.adminSetAccountPassword = null;
            Envelope.prototype.adminAccountResult = null;

            let $oneOfFields;

            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "welcome", "ping", "pong", "error", "ok", "login", "loggedIn", "setNick", "quit", "register", "authChallenge", "authResponse", "changePassword", "dropAccount", "joinRoom", "joined", "leaveRoom", "listRooms", "roomList", "setTopic", "topicChanged", "listMembers", "memberList", "sendMessage", "message", "fetchHistory", "history", "presence", "notice", "kicked", "fileOffer", "fileUploadReady", "fileChunk", "fileChunkAck", "fileUploadDone", "fileGet", "fileDownloadStart", "fileCancel", "fileDownloadDone", "searchHistory", "searchResults", "whois", "userInfo", "setAway", "userAway", "adminAuth", "adminListSessions", "adminSessionList", "adminGetSession", "adminSessionDetail", "adminKick", "adminKickResult", "adminBan", "adminBanResult", "adminUnban", "adminUnbanResult", "adminListBans", "adminBanList", "adminListClosed", "adminClosedList", "adminGetStats", "adminStats", "adminAnnounce", "adminAnnounceResult", "adminListAudit", "adminAuditList", "adminReloadTls", "adminReloadTlsResult", "adminListAccounts", "adminAccountList", "adminGetAccount", "adminAccountDetail", "adminLockAccount", "adminDeleteAccount", "adminSetAccountPassword", "adminAccountResult"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                    writer.uint32(8).uint32(message.requestId);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.parley.v1.Hello.encode(message.hello, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.parley.v1.Welcome.encode(message.welcome, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.parley.v1.Ping.encode(message.ping, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                    $root.parley.v1.Pong.encode(message.pong, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.parley.v1.Error.encode(message.error, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    $root.parley.v1.Ok.encode(message.ok, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.login != null && $Object.hasOwnProperty.call(message, "login"))
                    $root.parley.v1.Login.encode(message.login, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.loggedIn != null && $Object.hasOwnProperty.call(message, "loggedIn"))
                    $root.parley.v1.LoggedIn.encode(message.loggedIn, writer.uint32(138).fork(), _depth + 1).ldelim();
                if (message.setNick != null && $Object.hasOwnProperty.call(message, "setNick"))
                    $root.parley.v1.SetNick.encode(message.setNick, writer.uint32(146).fork(), _depth + 1).ldelim();
                if (message.quit != null && $Object.hasOwnProperty.call(message, "quit"))
                    $root.parley.v1.Quit.encode(message.quit, writer.uint32(154).fork(), _depth + 1).ldelim();
                if (message.register != null && $Object.hasOwnProperty.call(message, "register"))
                    $root.parley.v1.Register.encode(message.register, writer.uint32(162).fork(), _depth + 1).ldelim();
                if (message.authChallenge != null && $Object.hasOwnProperty.call(message, "authChallenge"))
                    $root.parley.v1.AuthChallenge.encode(message.authChallenge, writer.uint32(170).fork(), _depth + 1).ldelim();
                if (message.authResponse != null && $Object.hasOwnProperty.call(message, "authResponse"))
                    $root.parley.v1.AuthResponse.encode(message.authResponse, writer.uint32(178).fork(), _depth + 1).ldelim();
                if (message.changePassword != null && $Object.hasOwnProperty.call(message, "changePassword"))
                    $root.parley.v1.ChangePassword.encode(message.changePassword, writer.uint32(186).fork(), _depth + 1).ldelim();
                if (message.dropAccount != null && $Object.hasOwnProperty.call(message, "dropAccount"))
                    $root.parley.v1.DropAccount.encode(message.dropAccount, writer.uint32(194).fork(), _depth + 1).ldelim();
                if (message.joinRoom != null && $Object.hasOwnProperty.call(message, "joinRoom"))
                    $root.parley.v1.JoinRoom.encode(message.joinRoom, writer.uint32(242).fork(), _depth + 1).ldelim();
                if (message.joined != null && $Object.hasOwnProperty.call(message, "joined"))
                    $root.parley.v1.Joined.encode(message.joined, writer.uint32(250).fork(), _depth + 1).ldelim();
                if (message.leaveRoom != null && $Object.hasOwnProperty.call(message, "leaveRoom"))
                    $root.parley.v1.LeaveRoom.encode(message.leaveRoom, writer.uint32(258).fork(), _depth + 1).ldelim();
                if (message.listRooms != null && $Object.hasOwnProperty.call(message, "listRooms"))
                    $root.parley.v1.ListRooms.encode(message.listRooms, writer.uint32(266).fork(), _depth + 1).ldelim();
                if (message.roomList != null && $Object.hasOwnProperty.call(message, "roomList"))
                    $root.parley.v1.RoomList.encode(message.roomList, writer.uint32(274).fork(), _depth + 1).ldelim();
                if (message.setTopic != null && $Object.hasOwnProperty.call(message, "setTopic"))
                    $root.parley.v1.SetTopic.encode(message.setTopic, writer.uint32(282).fork(), _depth + 1).ldelim();
                if (message.topicChanged != null && $Object.hasOwnProperty.call(message, "topicChanged"))
                    $root.parley.v1.TopicChanged.encode(message.topicChanged, writer.uint32(290).fork(), _depth + 1).ldelim();
                if (message.listMembers != null && $Object.hasOwnProperty.call(message, "listMembers"))
                    $root.parley.v1.ListMembers.encode(message.listMembers, writer.uint32(298).fork(), _depth + 1).ldelim();
                if (message.memberList != null && $Object.hasOwnProperty.call(message, "memberList"))
                    $root.parley.v1.MemberList.encode(message.memberList, writer.uint32(306).fork(), _depth + 1).ldelim();
                if (message.sendMessage != null && $Object.hasOwnProperty.call(message, "sendMessage"))
                    $root.parley.v1.SendMessage.encode(message.sendMessage, writer.uint32(402).fork(), _depth + 1).ldelim();
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.parley.v1.ChatMessage.encode(message.message, writer.uint32(410).fork(), _depth + 1).ldelim();
                if (message.fetchHistory != null && $Object.hasOwnProperty.call(message, "fetchHistory"))
                    $root.parley.v1.FetchHistory.encode(message.fetchHistory, writer.uint32(418).fork(), _depth + 1).ldelim();
                if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
                    $root.parley.v1.History.encode(message.history, writer.uint32(426).fork(), _depth + 1).ldelim();
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    $root.parley.v1.Presence.encode(message.presence, writer.uint32(562).fork(), _depth + 1).ldelim();
                if (message.notice != null && $Object.hasOwnProperty.call(message, "notice"))
                    $root.parley.v1.Notice.encode(message.notice, writer.uint32(570).fork(), _depth + 1).ldelim();
                if (message.kicked != null && $Object.hasOwnProperty.call(message, "kicked"))
                    $root.parley.v1.Kicked.encode(message.kicked, writer.uint32(578).fork(), _depth + 1).ldelim();
                if (message.fileOffer != null && $Object.hasOwnProperty.call(message, "fileOffer"))
                    $root.parley.v1.FileOffer.encode(message.fileOffer, writer.uint32(722).fork(), _depth + 1).ldelim();
                if (message.fileUploadReady != null && $Object.hasOwnProperty.call(message, "fileUploadReady"))
                    $root.parley.v1.FileUploadReady.encode(message.fileUploadReady, writer.uint32(730).fork(), _depth + 1).ldelim();
                if (message.fileChunk != null && $Object.hasOwnProperty.call(message, "fileChunk"))
                    $root.parley.v1.FileChunk.encode(message.fileChunk, writer.uint32(738).fork(), _depth + 1).ldelim();
                if (message.fileChunkAck != null && $Object.hasOwnProperty.call(message, "fileChunkAck"))
                    $root.parley.v1.FileChunkAck.encode(message.fileChunkAck, writer.uint32(746).fork(), _depth + 1).ldelim();
                if (message.fileUploadDone != null && $Object.hasOwnProperty.call(message, "fileUploadDone"))
                    $root.parley.v1.FileUploadDone.encode(message.fileUploadDone, writer.uint32(754).fork(), _depth + 1).ldelim();
                if (message.fileGet != null && $Object.hasOwnProperty.call(message, "fileGet"))
                    $root.parley.v1.FileGet.encode(message.fileGet, writer.uint32(762).fork(), _depth + 1).ldelim();
                if (message.fileDownloadStart != null && $Object.hasOwnProperty.call(message, "fileDownloadStart"))
                    $root.parley.v1.FileDownloadStart.encode(message.fileDownloadStart, writer.uint32(770).fork(), _depth + 1).ldelim();
                if (message.fileCancel != null && $Object.hasOwnProperty.call(message, "fileCancel"))
                    $root.parley.v1.FileCancel.encode(message.fileCancel, writer.uint32(778).fork(), _depth + 1).ldelim();
                if (message.fileDownloadDone != null && $Object.hasOwnProperty.call(message, "fileDownloadDone"))
                    $root.parley.v1.FileDownloadDone.encode(message.fileDownloadDone, writer.uint32(786).fork(), _depth + 1).ldelim();
                if (message.searchHistory != null && $Object.hasOwnProperty.call(message, "searchHistory"))
                    $root.parley.v1.SearchHistory.encode(message.searchHistory, writer.uint32(1122).fork(), _depth + 1).ldelim();
                if (message.searchResults != null && $Object.hasOwnProperty.call(message, "searchResults"))
                    $root.parley.v1.SearchResults.encode(message.searchResults, writer.uint32(1130).fork(), _depth + 1).ldelim();
                if (message.whois != null && $Object.hasOwnProperty.call(message, "whois"))
                    $root.parley.v1.Whois.encode(message.whois, writer.uint32(1282).fork(), _depth + 1).ldelim();
                if (message.userInfo != null && $Object.hasOwnProperty.call(message, "userInfo"))
                    $root.parley.v1.UserInfo.encode(message.userInfo, writer.uint32(1290).fork(), _depth + 1).ldelim();
                if (message.setAway != null && $Object.hasOwnProperty.call(message, "setAway"))
                    $root.parley.v1.SetAway.encode(message.setAway, writer.uint32(1298).fork(), _depth + 1).ldelim();
                if (message.userAway != null && $Object.hasOwnProperty.call(message, "userAway"))
                    $root.parley.v1.UserAway.encode(message.userAway, writer.uint32(1306).fork(), _depth + 1).ldelim();
                if (message.adminAuth != null && $Object.hasOwnProperty.call(message, "adminAuth"))
                    $root.parley.v1.AdminAuth.encode(message.adminAuth, writer.uint32(1602).fork(), _depth + 1).ldelim();
                if (message.adminListSessions != null && $Object.hasOwnProperty.call(message, "adminListSessions"))
                    $root.parley.v1.AdminListSessions.encode(message.adminListSessions, writer.uint32(1610).fork(), _depth + 1).ldelim();
                if (message.adminSessionList != null && $Object.hasOwnProperty.call(message, "adminSessionList"))
                    $root.parley.v1.AdminSessionList.encode(message.adminSessionList, writer.uint32(1618).fork(), _depth + 1).ldelim();
                if (message.adminGetSession != null && $Object.hasOwnProperty.call(message, "adminGetSession"))
                    $root.parley.v1.AdminGetSession.encode(message.adminGetSession, writer.uint32(1626).fork(), _depth + 1).ldelim();
                if (message.adminSessionDetail != null && $Object.hasOwnProperty.call(message, "adminSessionDetail"))
                    $root.parley.v1.AdminSessionDetail.encode(message.adminSessionDetail, writer.uint32(1634).fork(), _depth + 1).ldelim();
                if (message.adminKick != null && $Object.hasOwnProperty.call(message, "adminKick"))
                    $root.parley.v1.AdminKick.encode(message.adminKick, writer.uint32(1642).fork(), _depth + 1).ldelim();
                if (message.adminKickResult != null && $Object.hasOwnProperty.call(message, "adminKickResult"))
                    $root.parley.v1.AdminKickResult.encode(message.adminKickResult, writer.uint32(1650).fork(), _depth + 1).ldelim();
                if (message.adminBan != null && $Object.hasOwnProperty.call(message, "adminBan"))
                    $root.parley.v1.AdminBan.encode(message.adminBan, writer.uint32(1658).fork(), _depth + 1).ldelim();
                if (message.adminBanResult != null && $Object.hasOwnProperty.call(message, "adminBanResult"))
                    $root.parley.v1.AdminBanResult.encode(message.adminBanResult, writer.uint32(1666).fork(), _depth + 1).ldelim();
                if (message.adminUnban != null && $Object.hasOwnProperty.call(message, "adminUnban"))
                    $root.parley.v1.AdminUnban.encode(message.adminUnban, writer.uint32(1674).fork(), _depth + 1).ldelim();
                if (message.adminUnbanResult != null && $Object.hasOwnProperty.call(message, "adminUnbanResult"))
                    $root.parley.v1.AdminUnbanResult.encode(message.adminUnbanResult, writer.uint32(1682).fork(), _depth + 1).ldelim();
                if (message.adminListBans != null && $Object.hasOwnProperty.call(message, "adminListBans"))
                    $root.parley.v1.AdminListBans.encode(message.adminListBans, writer.uint32(1690).fork(), _depth + 1).ldelim();
                if (message.adminBanList != null && $Object.hasOwnProperty.call(message, "adminBanList"))
                    $root.parley.v1.AdminBanList.encode(message.adminBanList, writer.uint32(1698).fork(), _depth + 1).ldelim();
                if (message.adminListClosed != null && $Object.hasOwnProperty.call(message, "adminListClosed"))
                    $root.parley.v1.AdminListClosed.encode(message.adminListClosed, writer.uint32(1706).fork(), _depth + 1).ldelim();
                if (message.adminClosedList != null && $Object.hasOwnProperty.call(message, "adminClosedList"))
                    $root.parley.v1.AdminClosedList.encode(message.adminClosedList, writer.uint32(1714).fork(), _depth + 1).ldelim();
                if (message.adminGetStats != null && $Object.hasOwnProperty.call(message, "adminGetStats"))
                    $root.parley.v1.AdminGetStats.encode(message.adminGetStats, writer.uint32(1722).fork(), _depth + 1).ldelim();
                if (message.adminStats != null && $Object.hasOwnProperty.call(message, "adminStats"))
                    $root.parley.v1.AdminStats.encode(message.adminStats, writer.uint32(1730).fork(), _depth + 1).ldelim();
                if (message.adminAnnounce != null && $Object.hasOwnProperty.call(message, "adminAnnounce"))
                    $root.parley.v1.AdminAnnounce.encode(message.adminAnnounce, writer.uint32(1738).fork(), _depth + 1).ldelim();
                if (message.adminAnnounceResult != null && $Object.hasOwnProperty.call(message, "adminAnnounceResult"))
                    $root.parley.v1.AdminAnnounceResult.encode(message.adminAnnounceResult, writer.uint32(1746).fork(), _depth + 1).ldelim();
                if (message.adminListAudit != null && $Object.hasOwnProperty.call(message, "adminListAudit"))
                    $root.parley.v1.AdminListAudit.encode(message.adminListAudit, writer.uint32(1754).fork(), _depth + 1).ldelim();
                if (message.adminAuditList != null && $Object.hasOwnProperty.call(message, "adminAuditList"))
                    $root.parley.v1.AdminAuditList.encode(message.adminAuditList, writer.uint32(1762).fork(), _depth + 1).ldelim();
                if (message.adminReloadTls != null && $Object.hasOwnProperty.call(message, "adminReloadTls"))
                    $root.parley.v1.AdminReloadTls.encode(message.adminReloadTls, writer.uint32(1770).fork(), _depth + 1).ldelim();
                if (message.adminReloadTlsResult != null && $Object.hasOwnProperty.call(message, "adminReloadTlsResult"))
                    $root.parley.v1.AdminReloadTlsResult.encode(message.adminReloadTlsResult, writer.uint32(1778).fork(), _depth + 1).ldelim();
                if (message.adminListAccounts != null && $Object.hasOwnProperty.call(message, "adminListAccounts"))
                    $root.parley.v1.AdminListAccounts.encode(message.adminListAccounts, writer.uint32(1842).fork(), _depth + 1).ldelim();
                if (message.adminAccountList != null && $Object.hasOwnProperty.call(message, "adminAccountList"))
                    $root.parley.v1.AdminAccountList.encode(message.adminAccountList, writer.uint32(1850).fork(), _depth + 1).ldelim();
                if (message.adminGetAccount != null && $Object.hasOwnProperty.call(message, "adminGetAccount"))
                    $root.parley.v1.AdminGetAccount.encode(message.adminGetAccount, writer.uint32(1858).fork(), _depth + 1).ldelim();
                if (message.adminAccountDetail != null && $Object.hasOwnProperty.call(message, "adminAccountDetail"))
                    $root.parley.v1.AdminAccountDetail.encode(message.adminAccountDetail, writer.uint32(1866).fork(), _depth + 1).ldelim();
                if (message.adminLockAccount != null && $Object.hasOwnProperty.call(message, "adminLockAccount"))
                    $root.parley.v1.AdminLockAccount.encode(message.adminLockAccount, writer.uint32(1874).fork(), _depth + 1).ldelim();
                if (message.adminDeleteAccount != null && $Object.hasOwnProperty.call(message, "adminDeleteAccount"))
                    $root.parley.v1.AdminDeleteAccount.encode(message.adminDeleteAccount, writer.uint32(1882).fork(), _depth + 1).ldelim();
                if (message.adminSetAccountPassword != null && $Object.hasOwnProperty.call(message, "adminSetAccountPassword"))
                    $root.parley.v1.AdminSetAccountPassword.encode(message.adminSetAccountPassword, writer.uint32(1890).fork(), _depth + 1).ldelim();
                if (message.adminAccountResult != null && $Object.hasOwnProperty.call(message, "adminAccountResult"))
                    $root.parley.v1.AdminAccountResult.encode(message.adminAccountResult, writer.uint32(1898).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.parley.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.parley.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.body = "welcome";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.parley.v1.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.body = "ping";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.pong = $root.parley.v1.Pong.decode(reader, reader.size(), $undefined, _depth + 1, message.pong);
                            message.body = "pong";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.parley.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.ok = $root.parley.v1.Ok.decode(reader, reader.size(), $undefined, _depth + 1, message.ok);
                            message.body = "ok";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.login = $root.parley.v1.Login.decode(reader, reader.size(), $undefined, _depth + 1, message.login);
                            message.body = "login";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.loggedIn = $root.parley.v1.LoggedIn.decode(reader, reader.size(), $undefined, _depth + 1, message.loggedIn);
                            message.body = "loggedIn";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.setNick = $root.parley.v1.SetNick.decode(reader, reader.size(), $undefined, _depth + 1, message.setNick);
                            message.body = "setNick";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.quit = $root.parley.v1.Quit.decode(reader, reader.size(), $undefined, _depth + 1, message.quit);
                            message.body = "quit";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.register = $root.parley.v1.Register.decode(reader, reader.size(), $undefined, _depth + 1, message.register);
                            message.body = "register";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.authChallenge = $root.parley.v1.AuthChallenge.decode(reader, reader.size(), $undefined, _depth + 1, message.authChallenge);
                            message.body = "authChallenge";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.authResponse = $root.parley.v1.AuthResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.authResponse);
                            message.body = "authResponse";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.changePassword = $root.parley.v1.ChangePassword.decode(reader, reader.size(), $undefined, _depth + 1, message.changePassword);
                            message.body = "changePassword";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.dropAccount = $root.parley.v1.DropAccount.decode(reader, reader.size(), $undefined, _depth + 1, message.dropAccount);
                            message.body = "dropAccount";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.joinRoom = $root.parley.v1.JoinRoom.decode(reader, reader.size(), $undefined, _depth + 1, message.joinRoom);
                            message.body = "joinRoom";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.joined = $root.parley.v1.Joined.decode(reader, reader.size(), $undefined, _depth + 1, message.joined);
                            message.body = "joined";
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            message.leaveRoom = $root.parley.v1.LeaveRoom.decode(reader, reader.size(), $undefined, _depth + 1, message.leaveRoom);
                            message.body = "leaveRoom";
                            continue;
                        }
                    case 33: {
                            if (wireType !== 2)
                                break;
                            message.listRooms = $root.parley.v1.ListRooms.decode(reader, reader.size(), $undefined, _depth + 1, message.listRooms);
                            message.body = "listRooms";
                            continue;
                        }
                    case 34: {
                            if (wireType !== 2)
                                break;
                            message.roomList = $root.parley.v1.RoomList.decode(reader, reader.size(), $undefined, _depth + 1, message.roomList);
                            message.body = "roomList";
                            continue;
                        }
                    case 35: {
                            if (wireType !== 2)
                                break;
                            message.setTopic = $root.parley.v1.SetTopic.decode(reader, reader.size(), $undefined, _depth + 1, message.setTopic);
                            message.body = "setTopic";
                            continue;
                        }
                    case 36: {
                            if (wireType !== 2)
                                break;
                            message.topicChanged = $root.parley.v1.TopicChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.topicChanged);
                            message.body = "topicChanged";
                            continue;
                        }
                    case 37: {
                            if (wireType !== 2)
                                break;
                            message.listMembers = $root.parley.v1.ListMembers.decode(reader, reader.size(), $undefined, _depth + 1, message.listMembers);
                            message.body = "listMembers";
                            continue;
                        }
                    case 38: {
                            if (wireType !== 2)
                                break;
                            message.memberList = $root.parley.v1.MemberList.decode(reader, reader.size(), $undefined, _depth + 1, message.memberList);
                            message.body = "memberList";
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.sendMessage = $root.parley.v1.SendMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.sendMessage);
                            message.body = "sendMessage";
                            continue;
                        }
                    case 51: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.parley.v1.ChatMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            message.body = "message";
                            continue;
                        }
                    case 52: {
                            if (wireType !== 2)
                                break;
                            message.fetchHistory = $root.parley.v1.FetchHistory.decode(reader, reader.size(), $undefined, _depth + 1, message.fetchHistory);
                            message.body = "fetchHistory";
                            continue;
                        }
                    case 53: {
                            if (wireType !== 2)
                                break;
                            message.history = $root.parley.v1.History.decode(reader, reader.size(), $undefined, _depth + 1, message.history);
                            message.body = "history";
                            continue;
                        }
                    case 70: {
                            if (wireType !== 2)
                                break;
                            message.presence = $root.parley.v1.Presence.decode(reader, reader.size(), $undefined, _depth + 1, message.presence);
                            message.body = "presence";
                            continue;
                        }
                    case 71: {
                            if (wireType !== 2)
                                break;
                            message.notice = $root.parley.v1.Notice.decode(reader, reader.size(), $undefined, _depth + 1, message.notice);
                            message.body = "notice";
                            continue;
                        }
                    case 72: {
                            if (wireType !== 2)
                                break;
                            message.kicked = $root.parley.v1.Kicked.decode(reader, reader.size(), $undefined, _depth + 1, message.kicked);
                            message.body = "kicked";
                            continue;
                        }
                    case 90: {
                            if (wireType !== 2)
                                break;
                            message.fileOffer = $root.parley.v1.FileOffer.decode(reader, reader.size(), $undefined, _depth + 1, message.fileOffer);
                            message.body = "fileOffer";
                            continue;
                        }
                    case 91: {
                            if (wireType !== 2)
                                break;
                            message.fileUploadReady = $root.parley.v1.FileUploadReady.decode(reader, reader.size(), $undefined, _depth + 1, message.fileUploadReady);
                            message.body = "fileUploadReady";
                            continue;
                        }
                    case 92: {
                            if (wireType !== 2)
                                break;
                            message.fileChunk = $root.parley.v1.FileChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.fileChunk);
                            message.body = "fileChunk";
                            continue;
                        }
                    case 93: {
                            if (wireType !== 2)
                                break;
                            message.fileChunkAck = $root.parley.v1.FileChunkAck.decode(reader, reader.size(), $undefined, _depth + 1, message.fileChunkAck);
                            message.body = "fileChunkAck";
                            continue;
                        }
                    case 94: {
                            if (wireType !== 2)
                                break;
                            message.fileUploadDone = $root.parley.v1.FileUploadDone.decode(reader, reader.size(), $undefined, _depth + 1, message.fileUploadDone);
                            message.body = "fileUploadDone";
                            continue;
                        }
                    case 95: {
                            if (wireType !== 2)
                                break;
                            message.fileGet = $root.parley.v1.FileGet.decode(reader, reader.size(), $undefined, _depth + 1, message.fileGet);
                            message.body = "fileGet";
                            continue;
                        }
                    case 96: {
                            if (wireType !== 2)
                                break;
                            message.fileDownloadStart = $root.parley.v1.FileDownloadStart.decode(reader, reader.size(), $undefined, _depth + 1, message.fileDownloadStart);
                            message.body = "fileDownloadStart";
                            continue;
                        }
                    case 97: {
                            if (wireType !== 2)
                                break;
                            message.fileCancel = $root.parley.v1.FileCancel.decode(reader, reader.size(), $undefined, _depth + 1, message.fileCancel);
                            message.body = "fileCancel";
                            continue;
                        }
                    case 98: {
                            if (wireType !== 2)
                                break;
                            message.fileDownloadDone = $root.parley.v1.FileDownloadDone.decode(reader, reader.size(), $undefined, _depth + 1, message.fileDownloadDone);
                            message.body = "fileDownloadDone";
                            continue;
                        }
                    case 140: {
                            if (wireType !== 2)
                                break;
                            message.searchHistory = $root.parley.v1.SearchHistory.decode(reader, reader.size(), $undefined, _depth + 1, message.searchHistory);
                            message.body = "searchHistory";
                            continue;
                        }
                    case 141: {
                            if (wireType !== 2)
                                break;
                            message.searchResults = $root.parley.v1.SearchResults.decode(reader, reader.size(), $undefined, _depth + 1, message.searchResults);
                            message.body = "searchResults";
                            continue;
                        }
                    case 160: {
                            if (wireType !== 2)
                                break;
                            message.whois = $root.parley.v1.Whois.decode(reader, reader.size(), $undefined, _depth + 1, message.whois);
                            message.body = "whois";
                            continue;
                        }
                    case 161: {
                            if (wireType !== 2)
                                break;
                            message.userInfo = $root.parley.v1.UserInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.userInfo);
                            message.body = "userInfo";
                            continue;
                        }
                    case 162: {
                            if (wireType !== 2)
                                break;
                            message.setAway = $root.parley.v1.SetAway.decode(reader, reader.size(), $undefined, _depth + 1, message.setAway);
                            message.body = "setAway";
                            continue;
                        }
                    case 163: {
                            if (wireType !== 2)
                                break;
                            message.userAway = $root.parley.v1.UserAway.decode(reader, reader.size(), $undefined, _depth + 1, message.userAway);
                            message.body = "userAway";
                            continue;
                        }
                    case 200: {
                            if (wireType !== 2)
                                break;
                            message.adminAuth = $root.parley.v1.AdminAuth.decode(reader, reader.size(), $undefined, _depth + 1, message.adminAuth);
                            message.body = "adminAuth";
                            continue;
                        }
                    case 201: {
                            if (wireType !== 2)
                                break;
                            message.adminListSessions = $root.parley.v1.AdminListSessions.decode(reader, reader.size(), $undefined, _depth + 1, message.adminListSessions);
                            message.body = "adminListSessions";
                            continue;
                        }
                    case 202: {
                            if (wireType !== 2)
                                break;
                            message.adminSessionList = $root.parley.v1.AdminSessionList.decode(reader, reader.size(), $undefined, _depth + 1, message.adminSessionList);
                            message.body = "adminSessionList";
                            continue;
                        }
                    case 203: {
                            if (wireType !== 2)
                                break;
                            message.adminGetSession = $root.parley.v1.AdminGetSession.decode(reader, reader.size(), $undefined, _depth + 1, message.adminGetSession);
                            message.body = "adminGetSession";
                            continue;
                        }
                    case 204: {
                            if (wireType !== 2)
                                break;
                            message.adminSessionDetail = $root.parley.v1.AdminSessionDetail.decode(reader, reader.size(), $undefined, _depth + 1, message.adminSessionDetail);
                            message.body = "adminSessionDetail";
                            continue;
                        }
                    case 205: {
                            if (wireType !== 2)
                                break;
                            message.adminKick = $root.parley.v1.AdminKick.decode(reader, reader.size(), $undefined, _depth + 1, message.adminKick);
                            message.body = "adminKick";
                            continue;
                        }
                    case 206: {
                            if (wireType !== 2)
                                break;
                            message.adminKickResult = $root.parley.v1.AdminKickResult.decode(reader, reader.size(), $undefined, _depth + 1, message.adminKickResult);
                            message.body = "adminKickResult";
                            continue;
                        }
                    case 207: {
                            if (wireType !== 2)
                                break;
                            message.adminBan = $root.parley.v1.AdminBan.decode(reader, reader.size(), $undefined, _depth + 1, message.adminBan);
                            message.body = "adminBan";
                            continue;
                        }
                    case 208: {
                            if (wireType !== 2)
                                break;
                            message.adminBanResult = $root.parley.v1.AdminBanResult.decode(reader, reader.size(), $undefined, _depth + 1, message.adminBanResult);
                            message.body = "adminBanResult";
                            continue;
                        }
                    case 209: {
                            if (wireType !== 2)
                                break;
                            message.adminUnban = $root.parley.v1.AdminUnban.decode(reader, reader.size(), $undefined, _depth + 1, message.adminUnban);
                            message.body = "adminUnban";
                            continue;
                        }
                    case 210: {
                            if (wireType !== 2)
                                break;
                            message.adminUnbanResult = $root.parley.v1.AdminUnbanResult.decode(reader, reader.size(), $undefined, _depth + 1, message.adminUnbanResult);
                            message.body = "adminUnbanResult";
                            continue;
                        }
                    case 211: {
                            if (wireType !== 2)
                                break;
                            message.adminListBans = $root.parley.v1.AdminListBans.decode(reader, reader.size(), $undefined, _depth + 1, message.adminListBans);
                            message.body = "adminListBans";
                            continue;
                        }
                    case 212: {
                            if (wireType !== 2)
                                break;
                            message.adminBanList = $root.parley.v1.AdminBanList.decode(reader, reader.size(), $undefined, _depth + 1, message.adminBanList);
                            message.body = "adminBanList";
                            continue;
                        }
                    case 213: {
                            if (wireType !== 2)
                                break;
                            message.adminListClosed = $root.parley.v1.AdminListClosed.decode(reader, reader.size(), $undefined, _depth + 1, message.adminListClosed);
                            message.body = "adminListClosed";
                            continue;
                        }
                    case 214: {
                            if (wireType !== 2)
                                break;
                            message.adminClosedList = $root.parley.v1.AdminClosedList.decode(reader, reader.size(), $undefined, _depth + 1, message.adminClosedList);
                            message.body = "adminClosedList";
                            continue;
                        }
                    case 215: {
                            if (wireType !== 2)
                                break;
                            message.adminGetStats = $root.parley.v1.AdminGetStats.decode(reader, reader.size(), $undefined, _depth + 1, message.adminGetStats);
                            message.body = "adminGetStats";
                            continue;
                        }
                    case 216: {
                            if (wireType !== 2)
                                break;
                            message.adminStats = $root.parley.v1.AdminStats.decode(reader, reader.size(), $undefined, _depth + 1, message.adminStats);
                            message.body = "adminStats";
                            continue;
                        }
                    case 217: {
                            if (wireType !== 2)
                                break;
                            message.adminAnnounce = $root.parley.v1.AdminAnnounce.decode(reader, reader.size(), $undefined, _depth + 1, message.adminAnnounce);
                            message.body = "adminAnnounce";
                            continue;
                        }
                    case 218: {
                            if (wireType !== 2)
                                break;
                            message.adminAnnounceResult = $root.parley.v1.AdminAnnounceResult.decode(reader, reader.size(), $undefined, _depth + 1, message.adminAnnounceResult);
                            message.body = "adminAnnounceResult";
                            continue;
                        }
                    case 219: {
                            if (wireType !== 2)
                                break;
                            message.adminListAudit = $root.parley.v1.AdminListAudit.decode(reader, reader.size(), $undefined, _depth + 1, message.adminListAudit);
                            message.body = "adminListAudit";
                            continue;
                        }
                    case 220: {
                            if (wireType !== 2)
                                break;
                            message.adminAuditList = $root.parley.v1.AdminAuditList.decode(reader, reader.size(), $undefined, _depth + 1, message.adminAuditList);
                            message.body = "adminAuditList";
                            continue;
                        }
                    case 221: {
                            if (wireType !== 2)
                                break;
                            message.adminReloadTls = $root.parley.v1.AdminReloadTls.decode(reader, reader.size(), $undefined, _depth + 1, message.adminReloadTls);
                            message.body = "adminReloadTls";
                            continue;
                        }
                    case 222: {
                            if (wireType !== 2)
                                break;
                            message.adminReloadTlsResult = $root.parley.v1.AdminReloadTlsResult.decode(reader, reader.size(), $undefined, _depth + 1, message.adminReloadTlsResult);
                            message.body = "adminReloadTlsResult";
                            continue;
                        }
                    case 230: {
                            if (wireType !== 2)
                                break;
                            message.adminListAccounts = $root.parley.v1.AdminListAccounts.decode(reader, reader.size(), $undefined, _depth + 1, message.adminListAccounts);
                            message.body = "adminListAccounts";
                            continue;
                        }
                    case 231: {
                            if (wireType !== 2)
                                break;
                            message.adminAccountList = $root.parley.v1.AdminAccountList.decode(reader, reader.size(), $undefined, _depth + 1, message.adminAccountList);
                            message.body = "adminAccountList";
                            continue;
                        }
                    case 232: {
                            if (wireType !== 2)
                                break;
                            message.adminGetAccount = $root.parley.v1.AdminGetAccount.decode(reader, reader.size(), $undefined, _depth + 1, message.adminGetAccount);
                            message.body = "adminGetAccount";
                            continue;
                        }
                    case 233: {
                            if (wireType !== 2)
                                break;
                            message.adminAccountDetail = $root.parley.v1.AdminAccountDetail.decode(reader, reader.size(), $undefined, _depth + 1, message.adminAccountDetail);
                            message.body = "adminAccountDetail";
                            continue;
                        }
                    case 234: {
                            if (wireType !== 2)
                                break;
                            message.adminLockAccount = $root.parley.v1.AdminLockAccount.decode(reader, reader.size(), $undefined, _depth + 1, message.adminLockAccount);
                            message.body = "adminLockAccount";
                            continue;
                        }
                    case 235: {
                            if (wireType !== 2)
                                break;
                            message.adminDeleteAccount = $root.parley.v1.AdminDeleteAccount.decode(reader, reader.size(), $undefined, _depth + 1, message.adminDeleteAccount);
                            message.body = "adminDeleteAccount";
                            continue;
                        }
                    case 236: {
                            if (wireType !== 2)
                                break;
                            message.adminSetAccountPassword = $root.parley.v1.AdminSetAccountPassword.decode(reader, reader.size(), $undefined, _depth + 1, message.adminSetAccountPassword);
                            message.body = "adminSetAccountPassword";
                            continue;
                        }
                    case 237: {
                            if (wireType !== 2)
                                break;
                            message.adminAccountResult = $root.parley.v1.AdminAccountResult.decode(reader, reader.size(), $undefined, _depth + 1, message.adminAccountResult);
                            message.body = "adminAccountResult";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Envelope.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Envelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Envelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Envelope();
                if (object.requestId != null)
                    if ($Number(object.requestId) !== 0)
                        message.requestId = object.requestId >>> 0;
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".parley.v1.Envelope.hello: object expected");
                    message.hello = $root.parley.v1.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.welcome != null) {
                    if (!$util.isObject(object.welcome))
                        throw $TypeError(".parley.v1.Envelope.welcome: object expected");
                    message.welcome = $root.parley.v1.Welcome.fromObject(object.welcome, _depth + 1);
                }
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw $TypeError(".parley.v1.Envelope.ping: object expected");
                    message.ping = $root.parley.v1.Ping.fromObject(object.ping, _depth + 1);
                }
                if (object.pong != null) {
                    if (!$util.isObject(object.pong))
                        throw $TypeError(".parley.v1.Envelope.pong: object expected");
                    message.pong = $root.parley.v1.Pong.fromObject(object.pong, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".parley.v1.Envelope.error: object expected");
                    message.error = $root.parley.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.ok != null) {
                    if (!$util.isObject(object.ok))
                        throw $TypeError(".parley.v1.Envelope.ok: object expected");
                    message.ok = $root.parley.v1.Ok.fromObject(object.ok, _depth + 1);
                }
                if (object.login != null) {
                    if (!$util.isObject(object.login))
                        throw $TypeError(".parley.v1.Envelope.login: object expected");
                    message.login = $root.parley.v1.Login.fromObject(object.login, _depth + 1);
                }
                if (object.loggedIn != null) {
                    if (!$util.isObject(object.loggedIn))
                        throw $TypeError(".parley.v1.Envelope.loggedIn: object expected");
                    message.loggedIn = $root.parley.v1.LoggedIn.fromObject(object.loggedIn, _depth + 1);
                }
                if (object.setNick != null) {
                    if (!$util.isObject(object.setNick))
                        throw $TypeError(".parley.v1.Envelope.setNick: object expected");
                    message.setNick = $root.parley.v1.SetNick.fromObject(object.setNick, _depth + 1);
                }
                if (object.quit != null) {
                    if (!$util.isObject(object.quit))
                        throw $TypeError(".parley.v1.Envelope.quit: object expected");
                    message.quit = $root.parley.v1.Quit.fromObject(object.quit, _depth + 1);
                }
                if (object.register != null) {
                    if (!$util.isObject(object.register))
                        throw $TypeError(".parley.v1.Envelope.register: object expected");
                    message.register = $root.parley.v1.Register.fromObject(object.register, _depth + 1);
                }
                if (object.authChallenge != null) {
                    if (!$util.isObject(object.authChallenge))
                        throw $TypeError(".parley.v1.Envelope.authChallenge: object expected");
                    message.authChallenge = $root.parley.v1.AuthChallenge.fromObject(object.authChallenge, _depth + 1);
                }
                if (object.authResponse != null) {
                    if (!$util.isObject(object.authResponse))
                        throw $TypeError(".parley.v1.Envelope.authResponse: object expected");
                    message.authResponse = $root.parley.v1.AuthResponse.fromObject(object.authResponse, _depth + 1);
                }
                if (object.changePassword != null) {
                    if (!$util.isObject(object.changePassword))
                        throw $TypeError(".parley.v1.Envelope.changePassword: object expected");
                    message.changePassword = $root.parley.v1.ChangePassword.fromObject(object.changePassword, _depth + 1);
                }
                if (object.dropAccount != null) {
                    if (!$util.isObject(object.dropAccount))
                        throw $TypeError(".parley.v1.Envelope.dropAccount: object expected");
                    message.dropAccount = $root.parley.v1.DropAccount.fromObject(object.dropAccount, _depth + 1);
                }
                if (object.joinRoom != null) {
                    if (!$util.isObject(object.joinRoom))
                        throw $TypeError(".parley.v1.Envelope.joinRoom: object expected");
                    message.joinRoom = $root.parley.v1.JoinRoom.fromObject(object.joinRoom, _depth + 1);
                }
                if (object.joined != null) {
                    if (!$util.isObject(object.joined))
                        throw $TypeError(".parley.v1.Envelope.joined: object expected");
                    message.joined = $root.parley.v1.Joined.fromObject(object.joined, _depth + 1);
                }
                if (object.leaveRoom != null) {
                    if (!$util.isObject(object.leaveRoom))
                        throw $TypeError(".parley.v1.Envelope.leaveRoom: object expected");
                    message.leaveRoom = $root.parley.v1.LeaveRoom.fromObject(object.leaveRoom, _depth + 1);
                }
                if (object.listRooms != null) {
                    if (!$util.isObject(object.listRooms))
                        throw $TypeError(".parley.v1.Envelope.listRooms: object expected");
                    message.listRooms = $root.parley.v1.ListRooms.fromObject(object.listRooms, _depth + 1);
                }
                if (object.roomList != null) {
                    if (!$util.isObject(object.roomList))
                        throw $TypeError(".parley.v1.Envelope.roomList: object expected");
                    message.roomList = $root.parley.v1.RoomList.fromObject(object.roomList, _depth + 1);
                }
                if (object.setTopic != null) {
                    if (!$util.isObject(object.setTopic))
                        throw $TypeError(".parley.v1.Envelope.setTopic: object expected");
                    message.setTopic = $root.parley.v1.SetTopic.fromObject(object.setTopic, _depth + 1);
                }
                if (object.topicChanged != null) {
                    if (!$util.isObject(object.topicChanged))
                        throw $TypeError(".parley.v1.Envelope.topicChanged: object expected");
                    message.topicChanged = $root.parley.v1.TopicChanged.fromObject(object.topicChanged, _depth + 1);
                }
                if (object.listMembers != null) {
                    if (!$util.isObject(object.listMembers))
                        throw $TypeError(".parley.v1.Envelope.listMembers: object expected");
                    message.listMembers = $root.parley.v1.ListMembers.fromObject(object.listMembers, _depth + 1);
                }
                if (object.memberList != null) {
                    if (!$util.isObject(object.memberList))
                        throw $TypeError(".parley.v1.Envelope.memberList: object expected");
                    message.memberList = $root.parley.v1.MemberList.fromObject(object.memberList, _depth + 1);
                }
                if (object.sendMessage != null) {
                    if (!$util.isObject(object.sendMessage))
                        throw $TypeError(".parley.v1.Envelope.sendMessage: object expected");
                    message.sendMessage = $root.parley.v1.SendMessage.fromObject(object.sendMessage, _depth + 1);
                }
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".parley.v1.Envelope.message: object expected");
                    message.message = $root.parley.v1.ChatMessage.fromObject(object.message, _depth + 1);
                }
                if (object.fetchHistory != null) {
                    if (!$util.isObject(object.fetchHistory))
                        throw $TypeError(".parley.v1.Envelope.fetchHistory: object expected");
                    message.fetchHistory = $root.parley.v1.FetchHistory.fromObject(object.fetchHistory, _depth + 1);
                }
                if (object.history != null) {
                    if (!$util.isObject(object.history))
                        throw $TypeError(".parley.v1.Envelope.history: object expected");
                    message.history = $root.parley.v1.History.fromObject(object.history, _depth + 1);
                }
                if (object.presence != null) {
                    if (!$util.isObject(object.presence))
                        throw $TypeError(".parley.v1.Envelope.presence: object expected");
                    message.presence = $root.parley.v1.Presence.fromObject(object.presence, _depth + 1);
                }
                if (object.notice != null) {
                    if (!$util.isObject(object.notice))
                        throw $TypeError(".parley.v1.Envelope.notice: object expected");
                    message.notice = $root.parley.v1.Notice.fromObject(object.notice, _depth + 1);
                }
                if (object.kicked != null) {
                    if (!$util.isObject(object.kicked))
                        throw $TypeError(".parley.v1.Envelope.kicked: object expected");
                    message.kicked = $root.parley.v1.Kicked.fromObject(object.kicked, _depth + 1);
                }
                if (object.fileOffer != null) {
                    if (!$util.isObject(object.fileOffer))
                        throw $TypeError(".parley.v1.Envelope.fileOffer: object expected");
                    message.fileOffer = $root.parley.v1.FileOffer.fromObject(object.fileOffer, _depth + 1);
                }
                if (object.fileUploadReady != null) {
                    if (!$util.isObject(object.fileUploadReady))
                        throw $TypeError(".parley.v1.Envelope.fileUploadReady: object expected");
                    message.fileUploadReady = $root.parley.v1.FileUploadReady.fromObject(object.fileUploadReady, _depth + 1);
                }
                if (object.fileChunk != null) {
                    if (!$util.isObject(object.fileChunk))
                        throw $TypeError(".parley.v1.Envelope.fileChunk: object expected");
                    message.fileChunk = $root.parley.v1.FileChunk.fromObject(object.fileChunk, _depth + 1);
                }
                if (object.fileChunkAck != null) {
                    if (!$util.isObject(object.fileChunkAck))
                        throw $TypeError(".parley.v1.Envelope.fileChunkAck: object expected");
                    message.fileChunkAck = $root.parley.v1.FileChunkAck.fromObject(object.fileChunkAck, _depth + 1);
                }
                if (object.fileUploadDone != null) {
                    if (!$util.isObject(object.fileUploadDone))
                        throw $TypeError(".parley.v1.Envelope.fileUploadDone: object expected");
                    message.fileUploadDone = $root.parley.v1.FileUploadDone.fromObject(object.fileUploadDone, _depth + 1);
                }
                if (object.fileGet != null) {
                    if (!$util.isObject(object.fileGet))
                        throw $TypeError(".parley.v1.Envelope.fileGet: object expected");
                    message.fileGet = $root.parley.v1.FileGet.fromObject(object.fileGet, _depth + 1);
                }
                if (object.fileDownloadStart != null) {
                    if (!$util.isObject(object.fileDownloadStart))
                        throw $TypeError(".parley.v1.Envelope.fileDownloadStart: object expected");
                    message.fileDownloadStart = $root.parley.v1.FileDownloadStart.fromObject(object.fileDownloadStart, _depth + 1);
                }
                if (object.fileCancel != null) {
                    if (!$util.isObject(object.fileCancel))
                        throw $TypeError(".parley.v1.Envelope.fileCancel: object expected");
                    message.fileCancel = $root.parley.v1.FileCancel.fromObject(object.fileCancel, _depth + 1);
                }
                if (object.fileDownloadDone != null) {
                    if (!$util.isObject(object.fileDownloadDone))
                        throw $TypeError(".parley.v1.Envelope.fileDownloadDone: object expected");
                    message.fileDownloadDone = $root.parley.v1.FileDownloadDone.fromObject(object.fileDownloadDone, _depth + 1);
                }
                if (object.searchHistory != null) {
                    if (!$util.isObject(object.searchHistory))
                        throw $TypeError(".parley.v1.Envelope.searchHistory: object expected");
                    message.searchHistory = $root.parley.v1.SearchHistory.fromObject(object.searchHistory, _depth + 1);
                }
                if (object.searchResults != null) {
                    if (!$util.isObject(object.searchResults))
                        throw $TypeError(".parley.v1.Envelope.searchResults: object expected");
                    message.searchResults = $root.parley.v1.SearchResults.fromObject(object.searchResults, _depth + 1);
                }
                if (object.whois != null) {
                    if (!$util.isObject(object.whois))
                        throw $TypeError(".parley.v1.Envelope.whois: object expected");
                    message.whois = $root.parley.v1.Whois.fromObject(object.whois, _depth + 1);
                }
                if (object.userInfo != null) {
                    if (!$util.isObject(object.userInfo))
                        throw $TypeError(".parley.v1.Envelope.userInfo: object expected");
                    message.userInfo = $root.parley.v1.UserInfo.fromObject(object.userInfo, _depth + 1);
                }
                if (object.setAway != null) {
                    if (!$util.isObject(object.setAway))
                        throw $TypeError(".parley.v1.Envelope.setAway: object expected");
                    message.setAway = $root.parley.v1.SetAway.fromObject(object.setAway, _depth + 1);
                }
                if (object.userAway != null) {
                    if (!$util.isObject(object.userAway))
                        throw $TypeError(".parley.v1.Envelope.userAway: object expected");
                    message.userAway = $root.parley.v1.UserAway.fromObject(object.userAway, _depth + 1);
                }
                if (object.adminAuth != null) {
                    if (!$util.isObject(object.adminAuth))
                        throw $TypeError(".parley.v1.Envelope.adminAuth: object expected");
                    message.adminAuth = $root.parley.v1.AdminAuth.fromObject(object.adminAuth, _depth + 1);
                }
                if (object.adminListSessions != null) {
                    if (!$util.isObject(object.adminListSessions))
                        throw $TypeError(".parley.v1.Envelope.adminListSessions: object expected");
                    message.adminListSessions = $root.parley.v1.AdminListSessions.fromObject(object.adminListSessions, _depth + 1);
                }
                if (object.adminSessionList != null) {
                    if (!$util.isObject(object.adminSessionList))
                        throw $TypeError(".parley.v1.Envelope.adminSessionList: object expected");
                    message.adminSessionList = $root.parley.v1.AdminSessionList.fromObject(object.adminSessionList, _depth + 1);
                }
                if (object.adminGetSession != null) {
                    if (!$util.isObject(object.adminGetSession))
                        throw $TypeError(".parley.v1.Envelope.adminGetSession: object expected");
                    message.adminGetSession = $root.parley.v1.AdminGetSession.fromObject(object.adminGetSession, _depth + 1);
                }
                if (object.adminSessionDetail != null) {
                    if (!$util.isObject(object.adminSessionDetail))
                        throw $TypeError(".parley.v1.Envelope.adminSessionDetail: object expected");
                    message.adminSessionDetail = $root.parley.v1.AdminSessionDetail.fromObject(object.adminSessionDetail, _depth + 1);
                }
                if (object.adminKick != null) {
                    if (!$util.isObject(object.adminKick))
                        throw $TypeError(".parley.v1.Envelope.adminKick: object expected");
                    message.adminKick = $root.parley.v1.AdminKick.fromObject(object.adminKick, _depth + 1);
                }
                if (object.adminKickResult != null) {
                    if (!$util.isObject(object.adminKickResult))
                        throw $TypeError(".parley.v1.Envelope.adminKickResult: object expected");
                    message.adminKickResult = $root.parley.v1.AdminKickResult.fromObject(object.adminKickResult, _depth + 1);
                }
                if (object.adminBan != null) {
                    if (!$util.isObject(object.adminBan))
                        throw $TypeError(".parley.v1.Envelope.adminBan: object expected");
                    message.adminBan = $root.parley.v1.AdminBan.fromObject(object.adminBan, _depth + 1);
                }
                if (object.adminBanResult != null) {
                    if (!$util.isObject(object.adminBanResult))
                        throw $TypeError(".parley.v1.Envelope.adminBanResult: object expected");
                    message.adminBanResult = $root.parley.v1.AdminBanResult.fromObject(object.adminBanResult, _depth + 1);
                }
                if (object.adminUnban != null) {
                    if (!$util.isObject(object.adminUnban))
                        throw $TypeError(".parley.v1.Envelope.adminUnban: object expected");
                    message.adminUnban = $root.parley.v1.AdminUnban.fromObject(object.adminUnban, _depth + 1);
                }
                if (object.adminUnbanResult != null) {
                    if (!$util.isObject(object.adminUnbanResult))
                        throw $TypeError(".parley.v1.Envelope.adminUnbanResult: object expected");
                    message.adminUnbanResult = $root.parley.v1.AdminUnbanResult.fromObject(object.adminUnbanResult, _depth + 1);
                }
                if (object.adminListBans != null) {
                    if (!$util.isObject(object.adminListBans))
                        throw $TypeError(".parley.v1.Envelope.adminListBans: object expected");
                    message.adminListBans = $root.parley.v1.AdminListBans.fromObject(object.adminListBans, _depth + 1);
                }
                if (object.adminBanList != null) {
                    if (!$util.isObject(object.adminBanList))
                        throw $TypeError(".parley.v1.Envelope.adminBanList: object expected");
                    message.adminBanList = $root.parley.v1.AdminBanList.fromObject(object.adminBanList, _depth + 1);
                }
                if (object.adminListClosed != null) {
                    if (!$util.isObject(object.adminListClosed))
                        throw $TypeError(".parley.v1.Envelope.adminListClosed: object expected");
                    message.adminListClosed = $root.parley.v1.AdminListClosed.fromObject(object.adminListClosed, _depth + 1);
                }
                if (object.adminClosedList != null) {
                    if (!$util.isObject(object.adminClosedList))
                        throw $TypeError(".parley.v1.Envelope.adminClosedList: object expected");
                    message.adminClosedList = $root.parley.v1.AdminClosedList.fromObject(object.adminClosedList, _depth + 1);
                }
                if (object.adminGetStats != null) {
                    if (!$util.isObject(object.adminGetStats))
                        throw $TypeError(".parley.v1.Envelope.adminGetStats: object expected");
                    message.adminGetStats = $root.parley.v1.AdminGetStats.fromObject(object.adminGetStats, _depth + 1);
                }
                if (object.adminStats != null) {
                    if (!$util.isObject(object.adminStats))
                        throw $TypeError(".parley.v1.Envelope.adminStats: object expected");
                    message.adminStats = $root.parley.v1.AdminStats.fromObject(object.adminStats, _depth + 1);
                }
                if (object.adminAnnounce != null) {
                    if (!$util.isObject(object.adminAnnounce))
                        throw $TypeError(".parley.v1.Envelope.adminAnnounce: object expected");
                    message.adminAnnounce = $root.parley.v1.AdminAnnounce.fromObject(object.adminAnnounce, _depth + 1);
                }
                if (object.adminAnnounceResult != null) {
                    if (!$util.isObject(object.adminAnnounceResult))
                        throw $TypeError(".parley.v1.Envelope.adminAnnounceResult: object expected");
                    message.adminAnnounceResult = $root.parley.v1.AdminAnnounceResult.fromObject(object.adminAnnounceResult, _depth + 1);
                }
                if (object.adminListAudit != null) {
                    if (!$util.isObject(object.adminListAudit))
                        throw $TypeError(".parley.v1.Envelope.adminListAudit: object expected");
                    message.adminListAudit = $root.parley.v1.AdminListAudit.fromObject(object.adminListAudit, _depth + 1);
                }
                if (object.adminAuditList != null) {
                    if (!$util.isObject(object.adminAuditList))
                        throw $TypeError(".parley.v1.Envelope.adminAuditList: object expected");
                    message.adminAuditList = $root.parley.v1.AdminAuditList.fromObject(object.adminAuditList, _depth + 1);
                }
                if (object.adminReloadTls != null) {
                    if (!$util.isObject(object.adminReloadTls))
                        throw $TypeError(".parley.v1.Envelope.adminReloadTls: object expected");
                    message.adminReloadTls = $root.parley.v1.AdminReloadTls.fromObject(object.adminReloadTls, _depth + 1);
                }
                if (object.adminReloadTlsResult != null) {
                    if (!$util.isObject(object.adminReloadTlsResult))
                        throw $TypeError(".parley.v1.Envelope.adminReloadTlsResult: object expected");
                    message.adminReloadTlsResult = $root.parley.v1.AdminReloadTlsResult.fromObject(object.adminReloadTlsResult, _depth + 1);
                }
                if (object.adminListAccounts != null) {
                    if (!$util.isObject(object.adminListAccounts))
                        throw $TypeError(".parley.v1.Envelope.adminListAccounts: object expected");
                    message.adminListAccounts = $root.parley.v1.AdminListAccounts.fromObject(object.adminListAccounts, _depth + 1);
                }
                if (object.adminAccountList != null) {
                    if (!$util.isObject(object.adminAccountList))
                        throw $TypeError(".parley.v1.Envelope.adminAccountList: object expected");
                    message.adminAccountList = $root.parley.v1.AdminAccountList.fromObject(object.adminAccountList, _depth + 1);
                }
                if (object.adminGetAccount != null) {
                    if (!$util.isObject(object.adminGetAccount))
                        throw $TypeError(".parley.v1.Envelope.adminGetAccount: object expected");
                    message.adminGetAccount = $root.parley.v1.AdminGetAccount.fromObject(object.adminGetAccount, _depth + 1);
                }
                if (object.adminAccountDetail != null) {
                    if (!$util.isObject(object.adminAccountDetail))
                        throw $TypeError(".parley.v1.Envelope.adminAccountDetail: object expected");
                    message.adminAccountDetail = $root.parley.v1.AdminAccountDetail.fromObject(object.adminAccountDetail, _depth + 1);
                }
                if (object.adminLockAccount != null) {
                    if (!$util.isObject(object.adminLockAccount))
                        throw $TypeError(".parley.v1.Envelope.adminLockAccount: object expected");
                    message.adminLockAccount = $root.parley.v1.AdminLockAccount.fromObject(object.adminLockAccount, _depth + 1);
                }
                if (object.adminDeleteAccount != null) {
                    if (!$util.isObject(object.adminDeleteAccount))
                        throw $TypeError(".parley.v1.Envelope.adminDeleteAccount: object expected");
                    message.adminDeleteAccount = $root.parley.v1.AdminDeleteAccount.fromObject(object.adminDeleteAccount, _depth + 1);
                }
                if (object.adminSetAccountPassword != null) {
                    if (!$util.isObject(object.adminSetAccountPassword))
                        throw $TypeError(".parley.v1.Envelope.adminSetAccountPassword: object expected");
                    message.adminSetAccountPassword = $root.parley.v1.AdminSetAccountPassword.fromObject(object.adminSetAccountPassword, _depth + 1);
                }
                if (object.adminAccountResult != null) {
                    if (!$util.isObject(object.adminAccountResult))
                        throw $TypeError(".parley.v1.Envelope.adminAccountResult: object expected");
                    message.adminAccountResult = $root.parley.v1.AdminAccountResult.fromObject(object.adminAccountResult, _depth + 1);
                }
                return message;
            };

            Envelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.requestId = 0;
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.parley.v1.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    object.welcome = $root.parley.v1.Welcome.toObject(message.welcome, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "welcome";
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.parley.v1.Ping.toObject(message.ping, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ping";
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    object.pong = $root.parley.v1.Pong.toObject(message.pong, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "pong";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.parley.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "error";
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok")) {
                    object.ok = $root.parley.v1.Ok.toObject(message.ok, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ok";
                }
                if (message.login != null && $Object.hasOwnProperty.call(message, "login")) {
                    object.login = $root.parley.v1.Login.toObject(message.login, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "login";
                }
                if (message.loggedIn != null && $Object.hasOwnProperty.call(message, "loggedIn")) {
                    object.loggedIn = $root.parley.v1.LoggedIn.toObject(message.loggedIn, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "loggedIn";
                }
                if (message.setNick != null && $Object.hasOwnProperty.call(message, "setNick")) {
                    object.setNick = $root.parley.v1.SetNick.toObject(message.setNick, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "setNick";
                }
                if (message.quit != null && $Object.hasOwnProperty.call(message, "quit")) {
                    object.quit = $root.parley.v1.Quit.toObject(message.quit, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "quit";
                }
                if (message.register != null && $Object.hasOwnProperty.call(message, "register")) {
                    object.register = $root.parley.v1.Register.toObject(message.register, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "register";
                }
                if (message.authChallenge != null && $Object.hasOwnProperty.call(message, "authChallenge")) {
                    object.authChallenge = $root.parley.v1.AuthChallenge.toObject(message.authChallenge, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "authChallenge";
                }
                if (message.authResponse != null && $Object.hasOwnProperty.call(message, "authResponse")) {
                    object.authResponse = $root.parley.v1.AuthResponse.toObject(message.authResponse, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "authResponse";
                }
                if (message.changePassword != null && $Object.hasOwnProperty.call(message, "changePassword")) {
                    object.changePassword = $root.parley.v1.ChangePassword.toObject(message.changePassword, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "changePassword";
                }
                if (message.dropAccount != null && $Object.hasOwnProperty.call(message, "dropAccount")) {
                    object.dropAccount = $root.parley.v1.DropAccount.toObject(message.dropAccount, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "dropAccount";
                }
                if (message.joinRoom != null && $Object.hasOwnProperty.call(message, "joinRoom")) {
                    object.joinRoom = $root.parley.v1.JoinRoom.toObject(message.joinRoom, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "joinRoom";
                }
                if (message.joined != null && $Object.hasOwnProperty.call(message, "joined")) {
                    object.joined = $root.parley.v1.Joined.toObject(message.joined, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "joined";
                }
                if (message.leaveRoom != null && $Object.hasOwnProperty.call(message, "leaveRoom")) {
                    object.leaveRoom = $root.parley.v1.LeaveRoom.toObject(message.leaveRoom, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "leaveRoom";
                }
                if (message.listRooms != null && $Object.hasOwnProperty.call(message, "listRooms")) {
                    object.listRooms = $root.parley.v1.ListRooms.toObject(message.listRooms, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "listRooms";
                }
                if (message.roomList != null && $Object.hasOwnProperty.call(message, "roomList")) {
                    object.roomList = $root.parley.v1.RoomList.toObject(message.roomList, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "roomList";
                }
                if (message.setTopic != null && $Object.hasOwnProperty.call(message, "setTopic")) {
                    object.setTopic = $root.parley.v1.SetTopic.toObject(message.setTopic, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "setTopic";
                }
                if (message.topicChanged != null && $Object.hasOwnProperty.call(message, "topicChanged")) {
                    object.topicChanged = $root.parley.v1.TopicChanged.toObject(message.topicChanged, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "topicChanged";
                }
                if (message.listMembers != null && $Object.hasOwnProperty.call(message, "listMembers")) {
                    object.listMembers = $root.parley.v1.ListMembers.toObject(message.listMembers, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "listMembers";
                }
                if (message.memberList != null && $Object.hasOwnProperty.call(message, "memberList")) {
                    object.memberList = $root.parley.v1.MemberList.toObject(message.memberList, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "memberList";
                }
                if (message.sendMessage != null && $Object.hasOwnProperty.call(message, "sendMessage")) {
                    object.sendMessage = $root.parley.v1.SendMessage.toObject(message.sendMessage, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "sendMessage";
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                    object.message = $root.parley.v1.ChatMessage.toObject(message.message, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "message";
                }
                if (message.fetchHistory != null && $Object.hasOwnProperty.call(message, "fetchHistory")) {
                    object.fetchHistory = $root.parley.v1.FetchHistory.toObject(message.fetchHistory, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fetchHistory";
                }
                if (message.history != null && $Object.hasOwnProperty.call(message, "history")) {
                    object.history = $root.parley.v1.History.toObject(message.history, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "history";
                }
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
                    object.presence = $root.parley.v1.Presence.toObject(message.presence, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "presence";
                }
                if (message.notice != null && $Object.hasOwnProperty.call(message, "notice")) {
                    object.notice = $root.parley.v1.Notice.toObject(message.notice, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "notice";
                }
                if (message.kicked != null && $Object.hasOwnProperty.call(message, "kicked")) {
                    object.kicked = $root.parley.v1.Kicked.toObject(message.kicked, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "kicked";
                }
                if (message.fileOffer != null && $Object.hasOwnProperty.call(message, "fileOffer")) {
                    object.fileOffer = $root.parley.v1.FileOffer.toObject(message.fileOffer, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fileOffer";
                }
                if (message.fileUploadReady != null && $Object.hasOwnProperty.call(message, "fileUploadReady")) {
                    object.fileUploadReady = $root.parley.v1.FileUploadReady.toObject(message.fileUploadReady, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fileUploadReady";
                }
                if (message.fileChunk != null && $Object.hasOwnProperty.call(message, "fileChunk")) {
                    object.fileChunk = $root.parley.v1.FileChunk.toObject(message.fileChunk, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fileChunk";
                }
                if (message.fileChunkAck != null && $Object.hasOwnProperty.call(message, "fileChunkAck")) {
                    object.fileChunkAck = $root.parley.v1.FileChunkAck.toObject(message.fileChunkAck, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fileChunkAck";
                }
                if (message.fileUploadDone != null && $Object.hasOwnProperty.call(message, "fileUploadDone")) {
                    object.fileUploadDone = $root.parley.v1.FileUploadDone.toObject(message.fileUploadDone, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fileUploadDone";
                }
                if (message.fileGet != null && $Object.hasOwnProperty.call(message, "fileGet")) {
                    object.fileGet = $root.parley.v1.FileGet.toObject(message.fileGet, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fileGet";
                }
                if (message.fileDownloadStart != null && $Object.hasOwnProperty.call(message, "fileDownloadStart")) {
                    object.fileDownloadStart = $root.parley.v1.FileDownloadStart.toObject(message.fileDownloadStart, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fileDownloadStart";
                }
                if (message.fileCancel != null && $Object.hasOwnProperty.call(message, "fileCancel")) {
                    object.fileCancel = $root.parley.v1.FileCancel.toObject(message.fileCancel, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fileCancel";
                }
                if (message.fileDownloadDone != null && $Object.hasOwnProperty.call(message, "fileDownloadDone")) {
                    object.fileDownloadDone = $root.parley.v1.FileDownloadDone.toObject(message.fileDownloadDone, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fileDownloadDone";
                }
                if (message.searchHistory != null && $Object.hasOwnProperty.call(message, "searchHistory")) {
                    object.searchHistory = $root.parley.v1.SearchHistory.toObject(message.searchHistory, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "searchHistory";
                }
                if (message.searchResults != null && $Object.hasOwnProperty.call(message, "searchResults")) {
                    object.searchResults = $root.parley.v1.SearchResults.toObject(message.searchResults, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "searchResults";
                }
                if (message.whois != null && $Object.hasOwnProperty.call(message, "whois")) {
                    object.whois = $root.parley.v1.Whois.toObject(message.whois, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "whois";
                }
                if (message.userInfo != null && $Object.hasOwnProperty.call(message, "userInfo")) {
                    object.userInfo = $root.parley.v1.UserInfo.toObject(message.userInfo, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "userInfo";
                }
                if (message.setAway != null && $Object.hasOwnProperty.call(message, "setAway")) {
                    object.setAway = $root.parley.v1.SetAway.toObject(message.setAway, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "setAway";
                }
                if (message.userAway != null && $Object.hasOwnProperty.call(message, "userAway")) {
                    object.userAway = $root.parley.v1.UserAway.toObject(message.userAway, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "userAway";
                }
                if (message.adminAuth != null && $Object.hasOwnProperty.call(message, "adminAuth")) {
                    object.adminAuth = $root.parley.v1.AdminAuth.toObject(message.adminAuth, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminAuth";
                }
                if (message.adminListSessions != null && $Object.hasOwnProperty.call(message, "adminListSessions")) {
                    object.adminListSessions = $root.parley.v1.AdminListSessions.toObject(message.adminListSessions, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminListSessions";
                }
                if (message.adminSessionList != null && $Object.hasOwnProperty.call(message, "adminSessionList")) {
                    object.adminSessionList = $root.parley.v1.AdminSessionList.toObject(message.adminSessionList, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminSessionList";
                }
                if (message.adminGetSession != null && $Object.hasOwnProperty.call(message, "adminGetSession")) {
                    object.adminGetSession = $root.parley.v1.AdminGetSession.toObject(message.adminGetSession, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminGetSession";
                }
                if (message.adminSessionDetail != null && $Object.hasOwnProperty.call(message, "adminSessionDetail")) {
                    object.adminSessionDetail = $root.parley.v1.AdminSessionDetail.toObject(message.adminSessionDetail, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminSessionDetail";
                }
                if (message.adminKick != null && $Object.hasOwnProperty.call(message, "adminKick")) {
                    object.adminKick = $root.parley.v1.AdminKick.toObject(message.adminKick, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminKick";
                }
                if (message.adminKickResult != null && $Object.hasOwnProperty.call(message, "adminKickResult")) {
                    object.adminKickResult = $root.parley.v1.AdminKickResult.toObject(message.adminKickResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminKickResult";
                }
                if (message.adminBan != null && $Object.hasOwnProperty.call(message, "adminBan")) {
                    object.adminBan = $root.parley.v1.AdminBan.toObject(message.adminBan, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminBan";
                }
                if (message.adminBanResult != null && $Object.hasOwnProperty.call(message, "adminBanResult")) {
                    object.adminBanResult = $root.parley.v1.AdminBanResult.toObject(message.adminBanResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminBanResult";
                }
                if (message.adminUnban != null && $Object.hasOwnProperty.call(message, "adminUnban")) {
                    object.adminUnban = $root.parley.v1.AdminUnban.toObject(message.adminUnban, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminUnban";
                }
                if (message.adminUnbanResult != null && $Object.hasOwnProperty.call(message, "adminUnbanResult")) {
                    object.adminUnbanResult = $root.parley.v1.AdminUnbanResult.toObject(message.adminUnbanResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminUnbanResult";
                }
                if (message.adminListBans != null && $Object.hasOwnProperty.call(message, "adminListBans")) {
                    object.adminListBans = $root.parley.v1.AdminListBans.toObject(message.adminListBans, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminListBans";
                }
                if (message.adminBanList != null && $Object.hasOwnProperty.call(message, "adminBanList")) {
                    object.adminBanList = $root.parley.v1.AdminBanList.toObject(message.adminBanList, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminBanList";
                }
                if (message.adminListClosed != null && $Object.hasOwnProperty.call(message, "adminListClosed")) {
                    object.adminListClosed = $root.parley.v1.AdminListClosed.toObject(message.adminListClosed, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminListClosed";
                }
                if (message.adminClosedList != null && $Object.hasOwnProperty.call(message, "adminClosedList")) {
                    object.adminClosedList = $root.parley.v1.AdminClosedList.toObject(message.adminClosedList, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminClosedList";
                }
                if (message.adminGetStats != null && $Object.hasOwnProperty.call(message, "adminGetStats")) {
                    object.adminGetStats = $root.parley.v1.AdminGetStats.toObject(message.adminGetStats, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminGetStats";
                }
                if (message.adminStats != null && $Object.hasOwnProperty.call(message, "adminStats")) {
                    object.adminStats = $root.parley.v1.AdminStats.toObject(message.adminStats, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminStats";
                }
                if (message.adminAnnounce != null && $Object.hasOwnProperty.call(message, "adminAnnounce")) {
                    object.adminAnnounce = $root.parley.v1.AdminAnnounce.toObject(message.adminAnnounce, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminAnnounce";
                }
                if (message.adminAnnounceResult != null && $Object.hasOwnProperty.call(message, "adminAnnounceResult")) {
                    object.adminAnnounceResult = $root.parley.v1.AdminAnnounceResult.toObject(message.adminAnnounceResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminAnnounceResult";
                }
                if (message.adminListAudit != null && $Object.hasOwnProperty.call(message, "adminListAudit")) {
                    object.adminListAudit = $root.parley.v1.AdminListAudit.toObject(message.adminListAudit, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminListAudit";
                }
                if (message.adminAuditList != null && $Object.hasOwnProperty.call(message, "adminAuditList")) {
                    object.adminAuditList = $root.parley.v1.AdminAuditList.toObject(message.adminAuditList, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminAuditList";
                }
                if (message.adminReloadTls != null && $Object.hasOwnProperty.call(message, "adminReloadTls")) {
                    object.adminReloadTls = $root.parley.v1.AdminReloadTls.toObject(message.adminReloadTls, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminReloadTls";
                }
                if (message.adminReloadTlsResult != null && $Object.hasOwnProperty.call(message, "adminReloadTlsResult")) {
                    object.adminReloadTlsResult = $root.parley.v1.AdminReloadTlsResult.toObject(message.adminReloadTlsResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminReloadTlsResult";
                }
                if (message.adminListAccounts != null && $Object.hasOwnProperty.call(message, "adminListAccounts")) {
                    object.adminListAccounts = $root.parley.v1.AdminListAccounts.toObject(message.adminListAccounts, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminListAccounts";
                }
                if (message.adminAccountList != null && $Object.hasOwnProperty.call(message, "adminAccountList")) {
                    object.adminAccountList = $root.parley.v1.AdminAccountList.toObject(message.adminAccountList, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminAccountList";
                }
                if (message.adminGetAccount != null && $Object.hasOwnProperty.call(message, "adminGetAccount")) {
                    object.adminGetAccount = $root.parley.v1.AdminGetAccount.toObject(message.adminGetAccount, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminGetAccount";
                }
                if (message.adminAccountDetail != null && $Object.hasOwnProperty.call(message, "adminAccountDetail")) {
                    object.adminAccountDetail = $root.parley.v1.AdminAccountDetail.toObject(message.adminAccountDetail, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminAccountDetail";
                }
                if (message.adminLockAccount != null && $Object.hasOwnProperty.call(message, "adminLockAccount")) {
                    object.adminLockAccount = $root.parley.v1.AdminLockAccount.toObject(message.adminLockAccount, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminLockAccount";
                }
                if (message.adminDeleteAccount != null && $Object.hasOwnProperty.call(message, "adminDeleteAccount")) {
                    object.adminDeleteAccount = $root.parley.v1.AdminDeleteAccount.toObject(message.adminDeleteAccount, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminDeleteAccount";
                }
                if (message.adminSetAccountPassword != null && $Object.hasOwnProperty.call(message, "adminSetAccountPassword")) {
                    object.adminSetAccountPassword = $root.parley.v1.AdminSetAccountPassword.toObject(message.adminSetAccountPassword, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminSetAccountPassword";
                }
                if (message.adminAccountResult != null && $Object.hasOwnProperty.call(message, "adminAccountResult")) {
                    object.adminAccountResult = $root.parley.v1.AdminAccountResult.toObject(message.adminAccountResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adminAccountResult";
                }
                return object;
            };

            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Envelope";
            };

            return Envelope;
        })();

        v1.ProtocolVersion = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PROTOCOL_VERSION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PROTOCOL_VERSION_1"] = 1;
            return values;
        })();

        v1.Hello = (function() {

            const Hello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Hello.prototype.protocolVersion = 0;
            Hello.prototype.clientName = "";
            Hello.prototype.clientVersion = "";

            Hello.create = function(properties) {
                return new Hello(properties);
            };

            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(8).uint32(message.protocolVersion);
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName") && message.clientName !== "")
                    writer.uint32(18).string(message.clientName);
                if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion") && message.clientVersion !== "")
                    writer.uint32(26).string(message.clientVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientName = value;
                            else
                                delete message.clientName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientVersion = value;
                            else
                                delete message.clientVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Hello();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.clientName != null)
                    if (typeof object.clientName !== "string" || object.clientName.length)
                        message.clientName = $String(object.clientName);
                if (object.clientVersion != null)
                    if (typeof object.clientVersion !== "string" || object.clientVersion.length)
                        message.clientVersion = $String(object.clientVersion);
                return message;
            };

            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.clientName = "";
                    object.clientVersion = "";
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName"))
                    object.clientName = message.clientName;
                if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion"))
                    object.clientVersion = message.clientVersion;
                return object;
            };

            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Hello";
            };

            return Hello;
        })();

        v1.Limits = (function() {

            const Limits = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Limits.prototype.maxFrameBytes = 0;
            Limits.prototype.maxMessageChars = 0;
            Limits.prototype.ratePerSecond = 0;
            Limits.prototype.rateBurst = 0;
            Limits.prototype.maxNickChars = 0;
            Limits.prototype.maxTopicChars = 0;
            Limits.prototype.maxRoomNameChars = 0;
            Limits.prototype.maxFileBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Limits.prototype.fileChunkBytes = 0;
            Limits.prototype.maxHistoryFetch = 0;
            Limits.prototype.maxRoomsPerSession = 0;
            Limits.prototype.maxMessageBytes = 0;

            Limits.create = function(properties) {
                return new Limits(properties);
            };

            Limits.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes") && message.maxFrameBytes !== 0)
                    writer.uint32(8).uint32(message.maxFrameBytes);
                if (message.maxMessageChars != null && $Object.hasOwnProperty.call(message, "maxMessageChars") && message.maxMessageChars !== 0)
                    writer.uint32(16).uint32(message.maxMessageChars);
                if (message.ratePerSecond != null && $Object.hasOwnProperty.call(message, "ratePerSecond") && message.ratePerSecond !== 0)
                    writer.uint32(24).uint32(message.ratePerSecond);
                if (message.rateBurst != null && $Object.hasOwnProperty.call(message, "rateBurst") && message.rateBurst !== 0)
                    writer.uint32(32).uint32(message.rateBurst);
                if (message.maxNickChars != null && $Object.hasOwnProperty.call(message, "maxNickChars") && message.maxNickChars !== 0)
                    writer.uint32(40).uint32(message.maxNickChars);
                if (message.maxTopicChars != null && $Object.hasOwnProperty.call(message, "maxTopicChars") && message.maxTopicChars !== 0)
                    writer.uint32(48).uint32(message.maxTopicChars);
                if (message.maxRoomNameChars != null && $Object.hasOwnProperty.call(message, "maxRoomNameChars") && message.maxRoomNameChars !== 0)
                    writer.uint32(56).uint32(message.maxRoomNameChars);
                if (message.maxFileBytes != null && $Object.hasOwnProperty.call(message, "maxFileBytes") && (typeof message.maxFileBytes === "object" ? message.maxFileBytes.low || message.maxFileBytes.high : message.maxFileBytes !== 0))
                    writer.uint32(64).uint64(message.maxFileBytes);
                if (message.fileChunkBytes != null && $Object.hasOwnProperty.call(message, "fileChunkBytes") && message.fileChunkBytes !== 0)
                    writer.uint32(72).uint32(message.fileChunkBytes);
                if (message.maxHistoryFetch != null && $Object.hasOwnProperty.call(message, "maxHistoryFetch") && message.maxHistoryFetch !== 0)
                    writer.uint32(80).uint32(message.maxHistoryFetch);
                if (message.maxRoomsPerSession != null && $Object.hasOwnProperty.call(message, "maxRoomsPerSession") && message.maxRoomsPerSession !== 0)
                    writer.uint32(88).uint32(message.maxRoomsPerSession);
                if (message.maxMessageBytes != null && $Object.hasOwnProperty.call(message, "maxMessageBytes") && message.maxMessageBytes !== 0)
                    writer.uint32(96).uint32(message.maxMessageBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Limits.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Limits();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxFrameBytes = value;
                            else
                                delete message.maxFrameBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxMessageChars = value;
                            else
                                delete message.maxMessageChars;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ratePerSecond = value;
                            else
                                delete message.ratePerSecond;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rateBurst = value;
                            else
                                delete message.rateBurst;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxNickChars = value;
                            else
                                delete message.maxNickChars;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxTopicChars = value;
                            else
                                delete message.maxTopicChars;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxRoomNameChars = value;
                            else
                                delete message.maxRoomNameChars;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxFileBytes = value;
                            else
                                delete message.maxFileBytes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fileChunkBytes = value;
                            else
                                delete message.fileChunkBytes;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxHistoryFetch = value;
                            else
                                delete message.maxHistoryFetch;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxRoomsPerSession = value;
                            else
                                delete message.maxRoomsPerSession;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxMessageBytes = value;
                            else
                                delete message.maxMessageBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Limits.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Limits)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Limits: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Limits();
                if (object.maxFrameBytes != null)
                    if ($Number(object.maxFrameBytes) !== 0)
                        message.maxFrameBytes = object.maxFrameBytes >>> 0;
                if (object.maxMessageChars != null)
                    if ($Number(object.maxMessageChars) !== 0)
                        message.maxMessageChars = object.maxMessageChars >>> 0;
                if (object.ratePerSecond != null)
                    if ($Number(object.ratePerSecond) !== 0)
                        message.ratePerSecond = object.ratePerSecond >>> 0;
                if (object.rateBurst != null)
                    if ($Number(object.rateBurst) !== 0)
                        message.rateBurst = object.rateBurst >>> 0;
                if (object.maxNickChars != null)
                    if ($Number(object.maxNickChars) !== 0)
                        message.maxNickChars = object.maxNickChars >>> 0;
                if (object.maxTopicChars != null)
                    if ($Number(object.maxTopicChars) !== 0)
                        message.maxTopicChars = object.maxTopicChars >>> 0;
                if (object.maxRoomNameChars != null)
                    if ($Number(object.maxRoomNameChars) !== 0)
                        message.maxRoomNameChars = object.maxRoomNameChars >>> 0;
                if (object.maxFileBytes != null)
                    if (typeof object.maxFileBytes === "object" ? object.maxFileBytes.low || object.maxFileBytes.high : $Number(object.maxFileBytes) !== 0)
                        if ($util.Long)
                            message.maxFileBytes = $util.Long.fromValue(object.maxFileBytes, true);
                        else if (typeof object.maxFileBytes === "string")
                            message.maxFileBytes = $parseInt(object.maxFileBytes, 10);
                        else if (typeof object.maxFileBytes === "number")
                            message.maxFileBytes = object.maxFileBytes;
                        else if (typeof object.maxFileBytes === "object")
                            message.maxFileBytes = new $util.LongBits(object.maxFileBytes.low >>> 0, object.maxFileBytes.high >>> 0).toNumber(true);
                if (object.fileChunkBytes != null)
                    if ($Number(object.fileChunkBytes) !== 0)
                        message.fileChunkBytes = object.fileChunkBytes >>> 0;
                if (object.maxHistoryFetch != null)
                    if ($Number(object.maxHistoryFetch) !== 0)
                        message.maxHistoryFetch = object.maxHistoryFetch >>> 0;
                if (object.maxRoomsPerSession != null)
                    if ($Number(object.maxRoomsPerSession) !== 0)
                        message.maxRoomsPerSession = object.maxRoomsPerSession >>> 0;
                if (object.maxMessageBytes != null)
                    if ($Number(object.maxMessageBytes) !== 0)
                        message.maxMessageBytes = object.maxMessageBytes >>> 0;
                return message;
            };

            Limits.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.maxFrameBytes = 0;
                    object.maxMessageChars = 0;
                    object.ratePerSecond = 0;
                    object.rateBurst = 0;
                    object.maxNickChars = 0;
                    object.maxTopicChars = 0;
                    object.maxRoomNameChars = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.maxFileBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxFileBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.fileChunkBytes = 0;
                    object.maxHistoryFetch = 0;
                    object.maxRoomsPerSession = 0;
                    object.maxMessageBytes = 0;
                }
                if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes"))
                    object.maxFrameBytes = message.maxFrameBytes;
                if (message.maxMessageChars != null && $Object.hasOwnProperty.call(message, "maxMessageChars"))
                    object.maxMessageChars = message.maxMessageChars;
                if (message.ratePerSecond != null && $Object.hasOwnProperty.call(message, "ratePerSecond"))
                    object.ratePerSecond = message.ratePerSecond;
                if (message.rateBurst != null && $Object.hasOwnProperty.call(message, "rateBurst"))
                    object.rateBurst = message.rateBurst;
                if (message.maxNickChars != null && $Object.hasOwnProperty.call(message, "maxNickChars"))
                    object.maxNickChars = message.maxNickChars;
                if (message.maxTopicChars != null && $Object.hasOwnProperty.call(message, "maxTopicChars"))
                    object.maxTopicChars = message.maxTopicChars;
                if (message.maxRoomNameChars != null && $Object.hasOwnProperty.call(message, "maxRoomNameChars"))
                    object.maxRoomNameChars = message.maxRoomNameChars;
                if (message.maxFileBytes != null && $Object.hasOwnProperty.call(message, "maxFileBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxFileBytes = typeof message.maxFileBytes === "number" ? $BigInt(message.maxFileBytes) : $util.Long.fromBits(message.maxFileBytes.low >>> 0, message.maxFileBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.maxFileBytes === "number")
                        object.maxFileBytes = options.longs === $String ? $String(message.maxFileBytes) : message.maxFileBytes;
                    else
                        object.maxFileBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.maxFileBytes) : options.longs === $Number ? new $util.LongBits(message.maxFileBytes.low >>> 0, message.maxFileBytes.high >>> 0).toNumber(true) : message.maxFileBytes;
                if (message.fileChunkBytes != null && $Object.hasOwnProperty.call(message, "fileChunkBytes"))
                    object.fileChunkBytes = message.fileChunkBytes;
                if (message.maxHistoryFetch != null && $Object.hasOwnProperty.call(message, "maxHistoryFetch"))
                    object.maxHistoryFetch = message.maxHistoryFetch;
                if (message.maxRoomsPerSession != null && $Object.hasOwnProperty.call(message, "maxRoomsPerSession"))
                    object.maxRoomsPerSession = message.maxRoomsPerSession;
                if (message.maxMessageBytes != null && $Object.hasOwnProperty.call(message, "maxMessageBytes"))
                    object.maxMessageBytes = message.maxMessageBytes;
                return object;
            };

            Limits.prototype.toJSON = function() {
                return Limits.toObject(this, $protobuf.util.toJSONOptions);
            };

            Limits.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Limits";
            };

            return Limits;
        })();

        v1.Welcome = (function() {

            const Welcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Welcome.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Welcome.prototype.serverName = "";
            Welcome.prototype.serverVersion = "";
            Welcome.prototype.protocolVersion = 0;
            Welcome.prototype.heartbeatIntervalMs = 0;
            Welcome.prototype.limits = null;
            Welcome.prototype.motd = "";
            Welcome.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Welcome.prototype.defaultRoom = "";
            Welcome.prototype.heartbeatTimeoutMs = 0;

            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && (typeof message.sessionId === "object" ? message.sessionId.low || message.sessionId.high : message.sessionId !== 0))
                    writer.uint32(8).uint64(message.sessionId);
                if (message.serverName != null && $Object.hasOwnProperty.call(message, "serverName") && message.serverName !== "")
                    writer.uint32(18).string(message.serverName);
                if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion") && message.serverVersion !== "")
                    writer.uint32(26).string(message.serverVersion);
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(32).uint32(message.protocolVersion);
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                    writer.uint32(40).uint32(message.heartbeatIntervalMs);
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    $root.parley.v1.Limits.encode(message.limits, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.motd != null && $Object.hasOwnProperty.call(message, "motd") && message.motd !== "")
                    writer.uint32(58).string(message.motd);
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(64).uint64(message.serverTimeMs);
                if (message.defaultRoom != null && $Object.hasOwnProperty.call(message, "defaultRoom") && message.defaultRoom !== "")
                    writer.uint32(74).string(message.defaultRoom);
                if (message.heartbeatTimeoutMs != null && $Object.hasOwnProperty.call(message, "heartbeatTimeoutMs") && message.heartbeatTimeoutMs !== 0)
                    writer.uint32(80).uint32(message.heartbeatTimeoutMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Welcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Welcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverName = value;
                            else
                                delete message.serverName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverVersion = value;
                            else
                                delete message.serverVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalMs = value;
                            else
                                delete message.heartbeatIntervalMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.limits = $root.parley.v1.Limits.decode(reader, reader.size(), $undefined, _depth + 1, message.limits);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.motd = value;
                            else
                                delete message.motd;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.defaultRoom = value;
                            else
                                delete message.defaultRoom;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatTimeoutMs = value;
                            else
                                delete message.heartbeatTimeoutMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Welcome.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Welcome)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Welcome: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Welcome();
                if (object.sessionId != null)
                    if (typeof object.sessionId === "object" ? object.sessionId.low || object.sessionId.high : $Number(object.sessionId) !== 0)
                        if ($util.Long)
                            message.sessionId = $util.Long.fromValue(object.sessionId, true);
                        else if (typeof object.sessionId === "string")
                            message.sessionId = $parseInt(object.sessionId, 10);
                        else if (typeof object.sessionId === "number")
                            message.sessionId = object.sessionId;
                        else if (typeof object.sessionId === "object")
                            message.sessionId = new $util.LongBits(object.sessionId.low >>> 0, object.sessionId.high >>> 0).toNumber(true);
                if (object.serverName != null)
                    if (typeof object.serverName !== "string" || object.serverName.length)
                        message.serverName = $String(object.serverName);
                if (object.serverVersion != null)
                    if (typeof object.serverVersion !== "string" || object.serverVersion.length)
                        message.serverVersion = $String(object.serverVersion);
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.heartbeatIntervalMs != null)
                    if ($Number(object.heartbeatIntervalMs) !== 0)
                        message.heartbeatIntervalMs = object.heartbeatIntervalMs >>> 0;
                if (object.limits != null) {
                    if (!$util.isObject(object.limits))
                        throw $TypeError(".parley.v1.Welcome.limits: object expected");
                    message.limits = $root.parley.v1.Limits.fromObject(object.limits, _depth + 1);
                }
                if (object.motd != null)
                    if (typeof object.motd !== "string" || object.motd.length)
                        message.motd = $String(object.motd);
                if (object.serverTimeMs != null)
                    if (typeof object.serverTimeMs === "object" ? object.serverTimeMs.low || object.serverTimeMs.high : $Number(object.serverTimeMs) !== 0)
                        if ($util.Long)
                            message.serverTimeMs = $util.Long.fromValue(object.serverTimeMs, true);
                        else if (typeof object.serverTimeMs === "string")
                            message.serverTimeMs = $parseInt(object.serverTimeMs, 10);
                        else if (typeof object.serverTimeMs === "number")
                            message.serverTimeMs = object.serverTimeMs;
                        else if (typeof object.serverTimeMs === "object")
                            message.serverTimeMs = new $util.LongBits(object.serverTimeMs.low >>> 0, object.serverTimeMs.high >>> 0).toNumber(true);
                if (object.defaultRoom != null)
                    if (typeof object.defaultRoom !== "string" || object.defaultRoom.length)
                        message.defaultRoom = $String(object.defaultRoom);
                if (object.heartbeatTimeoutMs != null)
                    if ($Number(object.heartbeatTimeoutMs) !== 0)
                        message.heartbeatTimeoutMs = object.heartbeatTimeoutMs >>> 0;
                return message;
            };

            Welcome.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sessionId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sessionId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.serverName = "";
                    object.serverVersion = "";
                    object.protocolVersion = 0;
                    object.heartbeatIntervalMs = 0;
                    object.limits = null;
                    object.motd = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.serverTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.serverTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.defaultRoom = "";
                    object.heartbeatTimeoutMs = 0;
                }
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sessionId = typeof message.sessionId === "number" ? $BigInt(message.sessionId) : $util.Long.fromBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0, true).toBigInt();
                    else if (typeof message.sessionId === "number")
                        object.sessionId = options.longs === $String ? $String(message.sessionId) : message.sessionId;
                    else
                        object.sessionId = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionId) : options.longs === $Number ? new $util.LongBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0).toNumber(true) : message.sessionId;
                if (message.serverName != null && $Object.hasOwnProperty.call(message, "serverName"))
                    object.serverName = message.serverName;
                if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion"))
                    object.serverVersion = message.serverVersion;
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    object.heartbeatIntervalMs = message.heartbeatIntervalMs;
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    object.limits = $root.parley.v1.Limits.toObject(message.limits, options, _depth + 1);
                if (message.motd != null && $Object.hasOwnProperty.call(message, "motd"))
                    object.motd = message.motd;
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.serverTimeMs = typeof message.serverTimeMs === "number" ? $BigInt(message.serverTimeMs) : $util.Long.fromBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.serverTimeMs === "number")
                        object.serverTimeMs = options.longs === $String ? $String(message.serverTimeMs) : message.serverTimeMs;
                    else
                        object.serverTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTimeMs) : options.longs === $Number ? new $util.LongBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0).toNumber(true) : message.serverTimeMs;
                if (message.defaultRoom != null && $Object.hasOwnProperty.call(message, "defaultRoom"))
                    object.defaultRoom = message.defaultRoom;
                if (message.heartbeatTimeoutMs != null && $Object.hasOwnProperty.call(message, "heartbeatTimeoutMs"))
                    object.heartbeatTimeoutMs = message.heartbeatTimeoutMs;
                return object;
            };

            Welcome.prototype.toJSON = function() {
                return Welcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            Welcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Welcome";
            };

            return Welcome;
        })();

        v1.Ping = (function() {

            const Ping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Ping.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Ping.create = function(properties) {
                return new Ping(properties);
            };

            Ping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(8).uint64(message.sentAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Ping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Ping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Ping.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Ping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Ping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Ping();
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, true);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber(true);
                return message;
            };

            Ping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber(true) : message.sentAtMs;
                return object;
            };

            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            Ping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Ping";
            };

            return Ping;
        })();

        v1.Pong = (function() {

            const Pong = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Pong.prototype.echoSentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Pong.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Pong.create = function(properties) {
                return new Pong(properties);
            };

            Pong.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.echoSentAtMs != null && $Object.hasOwnProperty.call(message, "echoSentAtMs") && (typeof message.echoSentAtMs === "object" ? message.echoSentAtMs.low || message.echoSentAtMs.high : message.echoSentAtMs !== 0))
                    writer.uint32(8).uint64(message.echoSentAtMs);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(16).uint64(message.timeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Pong.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Pong();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.echoSentAtMs = value;
                            else
                                delete message.echoSentAtMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Pong.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Pong)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Pong: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Pong();
                if (object.echoSentAtMs != null)
                    if (typeof object.echoSentAtMs === "object" ? object.echoSentAtMs.low || object.echoSentAtMs.high : $Number(object.echoSentAtMs) !== 0)
                        if ($util.Long)
                            message.echoSentAtMs = $util.Long.fromValue(object.echoSentAtMs, true);
                        else if (typeof object.echoSentAtMs === "string")
                            message.echoSentAtMs = $parseInt(object.echoSentAtMs, 10);
                        else if (typeof object.echoSentAtMs === "number")
                            message.echoSentAtMs = object.echoSentAtMs;
                        else if (typeof object.echoSentAtMs === "object")
                            message.echoSentAtMs = new $util.LongBits(object.echoSentAtMs.low >>> 0, object.echoSentAtMs.high >>> 0).toNumber(true);
                if (object.timeMs != null)
                    if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                        if ($util.Long)
                            message.timeMs = $util.Long.fromValue(object.timeMs, true);
                        else if (typeof object.timeMs === "string")
                            message.timeMs = $parseInt(object.timeMs, 10);
                        else if (typeof object.timeMs === "number")
                            message.timeMs = object.timeMs;
                        else if (typeof object.timeMs === "object")
                            message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber(true);
                return message;
            };

            Pong.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.echoSentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.echoSentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.echoSentAtMs != null && $Object.hasOwnProperty.call(message, "echoSentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.echoSentAtMs = typeof message.echoSentAtMs === "number" ? $BigInt(message.echoSentAtMs) : $util.Long.fromBits(message.echoSentAtMs.low >>> 0, message.echoSentAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.echoSentAtMs === "number")
                        object.echoSentAtMs = options.longs === $String ? $String(message.echoSentAtMs) : message.echoSentAtMs;
                    else
                        object.echoSentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.echoSentAtMs) : options.longs === $Number ? new $util.LongBits(message.echoSentAtMs.low >>> 0, message.echoSentAtMs.high >>> 0).toNumber(true) : message.echoSentAtMs;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeMs === "number")
                        object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                    else
                        object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber(true) : message.timeMs;
                return object;
            };

            Pong.prototype.toJSON = function() {
                return Pong.toObject(this, $protobuf.util.toJSONOptions);
            };

            Pong.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Pong";
            };

            return Pong;
        })();

        v1.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ERROR_CODE_BAD_REQUEST"] = 1;
            values[valuesById[2] = "ERROR_CODE_UNKNOWN_MESSAGE"] = 2;
            values[valuesById[3] = "ERROR_CODE_NOT_LOGGED_IN"] = 3;
            values[valuesById[4] = "ERROR_CODE_NICK_IN_USE"] = 4;
            values[valuesById[5] = "ERROR_CODE_INVALID_NICK"] = 5;
            values[valuesById[6] = "ERROR_CODE_NO_SUCH_ROOM"] = 6;
            values[valuesById[7] = "ERROR_CODE_NO_SUCH_USER"] = 7;
            values[valuesById[8] = "ERROR_CODE_RATE_LIMITED"] = 8;
            values[valuesById[9] = "ERROR_CODE_FRAME_TOO_LARGE"] = 9;
            values[valuesById[10] = "ERROR_CODE_MESSAGE_TOO_LONG"] = 10;
            values[valuesById[11] = "ERROR_CODE_BANNED"] = 11;
            values[valuesById[12] = "ERROR_CODE_SERVER_FULL"] = 12;
            values[valuesById[13] = "ERROR_CODE_UNAUTHORIZED"] = 13;
            values[valuesById[14] = "ERROR_CODE_INTERNAL"] = 14;
            values[valuesById[15] = "ERROR_CODE_PROTOCOL_VERSION"] = 15;
            values[valuesById[16] = "ERROR_CODE_MALFORMED_FRAME"] = 16;
            values[valuesById[17] = "ERROR_CODE_NOT_IN_ROOM"] = 17;
            values[valuesById[18] = "ERROR_CODE_INVALID_ROOM"] = 18;
            values[valuesById[19] = "ERROR_CODE_HANDSHAKE_TIMEOUT"] = 19;
            values[valuesById[20] = "ERROR_CODE_NO_SUCH_FILE"] = 20;
            values[valuesById[21] = "ERROR_CODE_FILE_TOO_LARGE"] = 21;
            values[valuesById[22] = "ERROR_CODE_QUOTA_EXCEEDED"] = 22;
            values[valuesById[23] = "ERROR_CODE_CHECKSUM_MISMATCH"] = 23;
            values[valuesById[24] = "ERROR_CODE_INVALID_FILE_NAME"] = 24;
            values[valuesById[25] = "ERROR_CODE_BAD_OFFSET"] = 25;
            values[valuesById[26] = "ERROR_CODE_PING_TIMEOUT"] = 26;
            values[valuesById[27] = "ERROR_CODE_SEND_QUEUE_OVERFLOW"] = 27;
            values[valuesById[28] = "ERROR_CODE_SHUTTING_DOWN"] = 28;
            values[valuesById[29] = "ERROR_CODE_NICK_REGISTERED"] = 29;
            values[valuesById[30] = "ERROR_CODE_AUTH_FAILED"] = 30;
            values[valuesById[31] = "ERROR_CODE_ACCOUNT_LOCKED"] = 31;
            values[valuesById[32] = "ERROR_CODE_REGISTRATION_CLOSED"] = 32;
            values[valuesById[33] = "ERROR_CODE_INSECURE_TRANSPORT"] = 33;
            values[valuesById[34] = "ERROR_CODE_GUESTS_NOT_ALLOWED"] = 34;
            values[valuesById[35] = "ERROR_CODE_WEAK_PASSWORD"] = 35;
            values[valuesById[36] = "ERROR_CODE_NO_SUCH_ACCOUNT"] = 36;
            values[valuesById[45] = "ERROR_CODE_BAD_SEARCH"] = 45;
            values[valuesById[46] = "ERROR_CODE_ACCOUNT_REQUIRED"] = 46;
            return values;
        })();

        v1.Error = (function() {

            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Error.prototype.code = 0;
            Error.prototype.message = "";
            Error.prototype.fatal = false;
            Error.prototype.retryAfterMs = 0;
            Error.prototype.banUntilMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Error.create = function(properties) {
                return new Error(properties);
            };

            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.fatal != null && $Object.hasOwnProperty.call(message, "fatal") && message.fatal !== false)
                    writer.uint32(24).bool(message.fatal);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(32).uint32(message.retryAfterMs);
                if (message.banUntilMs != null && $Object.hasOwnProperty.call(message, "banUntilMs") && (typeof message.banUntilMs === "object" ? message.banUntilMs.low || message.banUntilMs.high : message.banUntilMs !== 0))
                    writer.uint32(40).uint64(message.banUntilMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.fatal = value;
                            else
                                delete message.fatal;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.banUntilMs = value;
                            else
                                delete message.banUntilMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Error();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.parley.v1.ErrorCode[object.code] !== 0))
                    switch (object.code) {
                    case "ERROR_CODE_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "ERROR_CODE_BAD_REQUEST":
                    case 1:
                        message.code = 1;
                        break;
                    case "ERROR_CODE_UNKNOWN_MESSAGE":
                    case 2:
                        message.code = 2;
                        break;
                    case "ERROR_CODE_NOT_LOGGED_IN":
                    case 3:
                        message.code = 3;
                        break;
                    case "ERROR_CODE_NICK_IN_USE":
                    case 4:
                        message.code = 4;
                        break;
                    case "ERROR_CODE_INVALID_NICK":
                    case 5:
                        message.code = 5;
                        break;
                    case "ERROR_CODE_NO_SUCH_ROOM":
                    case 6:
                        message.code = 6;
                        break;
                    case "ERROR_CODE_NO_SUCH_USER":
                    case 7:
                        message.code = 7;
                        break;
                    case "ERROR_CODE_RATE_LIMITED":
                    case 8:
                        message.code = 8;
                        break;
                    case "ERROR_CODE_FRAME_TOO_LARGE":
                    case 9:
                        message.code = 9;
                        break;
                    case "ERROR_CODE_MESSAGE_TOO_LONG":
                    case 10:
                        message.code = 10;
                        break;
                    case "ERROR_CODE_BANNED":
                    case 11:
                        message.code = 11;
                        break;
                    case "ERROR_CODE_SERVER_FULL":
                    case 12:
                        message.code = 12;
                        break;
                    case "ERROR_CODE_UNAUTHORIZED":
                    case 13:
                        message.code = 13;
                        break;
                    case "ERROR_CODE_INTERNAL":
                    case 14:
                        message.code = 14;
                        break;
                    case "ERROR_CODE_PROTOCOL_VERSION":
                    case 15:
                        message.code = 15;
                        break;
                    case "ERROR_CODE_MALFORMED_FRAME":
                    case 16:
                        message.code = 16;
                        break;
                    case "ERROR_CODE_NOT_IN_ROOM":
                    case 17:
                        message.code = 17;
                        break;
                    case "ERROR_CODE_INVALID_ROOM":
                    case 18:
                        message.code = 18;
                        break;
                    case "ERROR_CODE_HANDSHAKE_TIMEOUT":
                    case 19:
                        message.code = 19;
                        break;
                    case "ERROR_CODE_NO_SUCH_FILE":
                    case 20:
                        message.code = 20;
                        break;
                    case "ERROR_CODE_FILE_TOO_LARGE":
                    case 21:
                        message.code = 21;
                        break;
                    case "ERROR_CODE_QUOTA_EXCEEDED":
                    case 22:
                        message.code = 22;
                        break;
                    case "ERROR_CODE_CHECKSUM_MISMATCH":
                    case 23:
                        message.code = 23;
                        break;
                    case "ERROR_CODE_INVALID_FILE_NAME":
                    case 24:
                        message.code = 24;
                        break;
                    case "ERROR_CODE_BAD_OFFSET":
                    case 25:
                        message.code = 25;
                        break;
                    case "ERROR_CODE_PING_TIMEOUT":
                    case 26:
                        message.code = 26;
                        break;
                    case "ERROR_CODE_SEND_QUEUE_OVERFLOW":
                    case 27:
                        message.code = 27;
                        break;
                    case "ERROR_CODE_SHUTTING_DOWN":
                    case 28:
                        message.code = 28;
                        break;
                    case "ERROR_CODE_NICK_REGISTERED":
                    case 29:
                        message.code = 29;
                        break;
                    case "ERROR_CODE_AUTH_FAILED":
                    case 30:
                        message.code = 30;
                        break;
                    case "ERROR_CODE_ACCOUNT_LOCKED":
                    case 31:
                        message.code = 31;
                        break;
                    case "ERROR_CODE_REGISTRATION_CLOSED":
                    case 32:
                        message.code = 32;
                        break;
                    case "ERROR_CODE_INSECURE_TRANSPORT":
                    case 33:
                        message.code = 33;
                        break;
                    case "ERROR_CODE_GUESTS_NOT_ALLOWED":
                    case 34:
                        message.code = 34;
                        break;
                    case "ERROR_CODE_WEAK_PASSWORD":
                    case 35:
                        message.code = 35;
                        break;
                    case "ERROR_CODE_NO_SUCH_ACCOUNT":
                    case 36:
                        message.code = 36;
                        break;
                    case "ERROR_CODE_BAD_SEARCH":
                    case 45:
                        message.code = 45;
                        break;
                    case "ERROR_CODE_ACCOUNT_REQUIRED":
                    case 46:
                        message.code = 46;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.fatal != null)
                    if (object.fatal)
                        message.fatal = $Boolean(object.fatal);
                if (object.retryAfterMs != null)
                    if ($Number(object.retryAfterMs) !== 0)
                        message.retryAfterMs = object.retryAfterMs >>> 0;
                if (object.banUntilMs != null)
                    if (typeof object.banUntilMs === "object" ? object.banUntilMs.low || object.banUntilMs.high : $Number(object.banUntilMs) !== 0)
                        if ($util.Long)
                            message.banUntilMs = $util.Long.fromValue(object.banUntilMs, true);
                        else if (typeof object.banUntilMs === "string")
                            message.banUntilMs = $parseInt(object.banUntilMs, 10);
                        else if (typeof object.banUntilMs === "number")
                            message.banUntilMs = object.banUntilMs;
                        else if (typeof object.banUntilMs === "object")
                            message.banUntilMs = new $util.LongBits(object.banUntilMs.low >>> 0, object.banUntilMs.high >>> 0).toNumber(true);
                return message;
            };

            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                    object.fatal = false;
                    object.retryAfterMs = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.banUntilMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.banUntilMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.parley.v1.ErrorCode[message.code] === $undefined ? message.code : $root.parley.v1.ErrorCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.fatal != null && $Object.hasOwnProperty.call(message, "fatal"))
                    object.fatal = message.fatal;
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    object.retryAfterMs = message.retryAfterMs;
                if (message.banUntilMs != null && $Object.hasOwnProperty.call(message, "banUntilMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.banUntilMs = typeof message.banUntilMs === "number" ? $BigInt(message.banUntilMs) : $util.Long.fromBits(message.banUntilMs.low >>> 0, message.banUntilMs.high >>> 0, true).toBigInt();
                    else if (typeof message.banUntilMs === "number")
                        object.banUntilMs = options.longs === $String ? $String(message.banUntilMs) : message.banUntilMs;
                    else
                        object.banUntilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.banUntilMs) : options.longs === $Number ? new $util.LongBits(message.banUntilMs.low >>> 0, message.banUntilMs.high >>> 0).toNumber(true) : message.banUntilMs;
                return object;
            };

            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Error";
            };

            return Error;
        })();

        v1.Ok = (function() {

            const Ok = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Ok.create = function(properties) {
                return new Ok(properties);
            };

            Ok.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Ok.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Ok();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Ok.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Ok)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Ok: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.parley.v1.Ok();
            };

            Ok.toObject = function () {
                return {};
            };

            Ok.prototype.toJSON = function() {
                return Ok.toObject(this, $protobuf.util.toJSONOptions);
            };

            Ok.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Ok";
            };

            return Ok;
        })();

        v1.Login = (function() {

            const Login = function (properties) {
                this.rooms = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Login.prototype.nick = "";
            Login.prototype.rooms = $util.emptyArray;
            Login.prototype.scramClientFirst = "";

            Login.create = function(properties) {
                return new Login(properties);
            };

            Login.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick") && message.nick !== "")
                    writer.uint32(10).string(message.nick);
                if (message.rooms != null && message.rooms.length)
                    for (let i = 0; i < message.rooms.length; ++i)
                        $root.parley.v1.JoinRoom.encode(message.rooms[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.scramClientFirst != null && $Object.hasOwnProperty.call(message, "scramClientFirst") && message.scramClientFirst !== "")
                    writer.uint32(26).string(message.scramClientFirst);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Login.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Login();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nick = value;
                            else
                                delete message.nick;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rooms && message.rooms.length))
                                message.rooms = [];
                            message.rooms.push($root.parley.v1.JoinRoom.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.scramClientFirst = value;
                            else
                                delete message.scramClientFirst;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Login.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Login)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Login: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Login();
                if (object.nick != null)
                    if (typeof object.nick !== "string" || object.nick.length)
                        message.nick = $String(object.nick);
                if (object.rooms) {
                    if (!$Array.isArray(object.rooms))
                        throw $TypeError(".parley.v1.Login.rooms: array expected");
                    message.rooms = $Array(object.rooms.length);
                    for (let i = 0; i < object.rooms.length; ++i) {
                        if (!$util.isObject(object.rooms[i]))
                            throw $TypeError(".parley.v1.Login.rooms: object expected");
                        message.rooms[i] = $root.parley.v1.JoinRoom.fromObject(object.rooms[i], _depth + 1);
                    }
                }
                if (object.scramClientFirst != null)
                    if (typeof object.scramClientFirst !== "string" || object.scramClientFirst.length)
                        message.scramClientFirst = $String(object.scramClientFirst);
                return message;
            };

            Login.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.rooms = [];
                if (options.defaults) {
                    object.nick = "";
                    object.scramClientFirst = "";
                }
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    object.nick = message.nick;
                if (message.rooms && message.rooms.length) {
                    object.rooms = $Array(message.rooms.length);
                    for (let j = 0; j < message.rooms.length; ++j)
                        object.rooms[j] = $root.parley.v1.JoinRoom.toObject(message.rooms[j], options, _depth + 1);
                }
                if (message.scramClientFirst != null && $Object.hasOwnProperty.call(message, "scramClientFirst"))
                    object.scramClientFirst = message.scramClientFirst;
                return object;
            };

            Login.prototype.toJSON = function() {
                return Login.toObject(this, $protobuf.util.toJSONOptions);
            };

            Login.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Login";
            };

            return Login;
        })();

        v1.LoggedIn = (function() {

            const LoggedIn = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LoggedIn.prototype.nick = "";
            LoggedIn.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LoggedIn.prototype.account = "";
            LoggedIn.prototype.scramServerFinal = "";

            LoggedIn.create = function(properties) {
                return new LoggedIn(properties);
            };

            LoggedIn.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick") && message.nick !== "")
                    writer.uint32(10).string(message.nick);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && (typeof message.sessionId === "object" ? message.sessionId.low || message.sessionId.high : message.sessionId !== 0))
                    writer.uint32(16).uint64(message.sessionId);
                if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account !== "")
                    writer.uint32(26).string(message.account);
                if (message.scramServerFinal != null && $Object.hasOwnProperty.call(message, "scramServerFinal") && message.scramServerFinal !== "")
                    writer.uint32(34).string(message.scramServerFinal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LoggedIn.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.LoggedIn();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nick = value;
                            else
                                delete message.nick;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.account = value;
                            else
                                delete message.account;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.scramServerFinal = value;
                            else
                                delete message.scramServerFinal;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            LoggedIn.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.LoggedIn)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.LoggedIn: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.LoggedIn();
                if (object.nick != null)
                    if (typeof object.nick !== "string" || object.nick.length)
                        message.nick = $String(object.nick);
                if (object.sessionId != null)
                    if (typeof object.sessionId === "object" ? object.sessionId.low || object.sessionId.high : $Number(object.sessionId) !== 0)
                        if ($util.Long)
                            message.sessionId = $util.Long.fromValue(object.sessionId, true);
                        else if (typeof object.sessionId === "string")
                            message.sessionId = $parseInt(object.sessionId, 10);
                        else if (typeof object.sessionId === "number")
                            message.sessionId = object.sessionId;
                        else if (typeof object.sessionId === "object")
                            message.sessionId = new $util.LongBits(object.sessionId.low >>> 0, object.sessionId.high >>> 0).toNumber(true);
                if (object.account != null)
                    if (typeof object.account !== "string" || object.account.length)
                        message.account = $String(object.account);
                if (object.scramServerFinal != null)
                    if (typeof object.scramServerFinal !== "string" || object.scramServerFinal.length)
                        message.scramServerFinal = $String(object.scramServerFinal);
                return message;
            };

            LoggedIn.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.nick = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sessionId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sessionId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.account = "";
                    object.scramServerFinal = "";
                }
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    object.nick = message.nick;
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sessionId = typeof message.sessionId === "number" ? $BigInt(message.sessionId) : $util.Long.fromBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0, true).toBigInt();
                    else if (typeof message.sessionId === "number")
                        object.sessionId = options.longs === $String ? $String(message.sessionId) : message.sessionId;
                    else
                        object.sessionId = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionId) : options.longs === $Number ? new $util.LongBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0).toNumber(true) : message.sessionId;
                if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                    object.account = message.account;
                if (message.scramServerFinal != null && $Object.hasOwnProperty.call(message, "scramServerFinal"))
                    object.scramServerFinal = message.scramServerFinal;
                return object;
            };

            LoggedIn.prototype.toJSON = function() {
                return LoggedIn.toObject(this, $protobuf.util.toJSONOptions);
            };

            LoggedIn.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.LoggedIn";
            };

            return LoggedIn;
        })();

        v1.SetNick = (function() {

            const SetNick = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SetNick.prototype.nick = "";

            SetNick.create = function(properties) {
                return new SetNick(properties);
            };

            SetNick.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick") && message.nick !== "")
                    writer.uint32(10).string(message.nick);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SetNick.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.SetNick();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nick = value;
                            else
                                delete message.nick;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SetNick.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.SetNick)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.SetNick: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.SetNick();
                if (object.nick != null)
                    if (typeof object.nick !== "string" || object.nick.length)
                        message.nick = $String(object.nick);
                return message;
            };

            SetNick.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.nick = "";
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    object.nick = message.nick;
                return object;
            };

            SetNick.prototype.toJSON = function() {
                return SetNick.toObject(this, $protobuf.util.toJSONOptions);
            };

            SetNick.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.SetNick";
            };

            return SetNick;
        })();

        v1.Quit = (function() {

            const Quit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Quit.prototype.reason = "";

            Quit.create = function(properties) {
                return new Quit(properties);
            };

            Quit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Quit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Quit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Quit.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Quit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Quit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Quit();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            Quit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.reason = "";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            Quit.prototype.toJSON = function() {
                return Quit.toObject(this, $protobuf.util.toJSONOptions);
            };

            Quit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Quit";
            };

            return Quit;
        })();

        v1.JoinRoom = (function() {

            const JoinRoom = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            JoinRoom.prototype.room = "";
            JoinRoom.prototype.historyLimit = 0;
            JoinRoom.prototype.resume = false;
            JoinRoom.prototype.sinceSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            JoinRoom.create = function(properties) {
                return new JoinRoom(properties);
            };

            JoinRoom.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                    writer.uint32(10).string(message.room);
                if (message.historyLimit != null && $Object.hasOwnProperty.call(message, "historyLimit") && message.historyLimit !== 0)
                    writer.uint32(16).uint32(message.historyLimit);
                if (message.resume != null && $Object.hasOwnProperty.call(message, "resume") && message.resume !== false)
                    writer.uint32(24).bool(message.resume);
                if (message.sinceSeq != null && $Object.hasOwnProperty.call(message, "sinceSeq") && (typeof message.sinceSeq === "object" ? message.sinceSeq.low || message.sinceSeq.high : message.sinceSeq !== 0))
                    writer.uint32(32).uint64(message.sinceSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            JoinRoom.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.JoinRoom();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.room = value;
                            else
                                delete message.room;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.historyLimit = value;
                            else
                                delete message.historyLimit;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.resume = value;
                            else
                                delete message.resume;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sinceSeq = value;
                            else
                                delete message.sinceSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            JoinRoom.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.JoinRoom)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.JoinRoom: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.JoinRoom();
                if (object.room != null)
                    if (typeof object.room !== "string" || object.room.length)
                        message.room = $String(object.room);
                if (object.historyLimit != null)
                    if ($Number(object.historyLimit) !== 0)
                        message.historyLimit = object.historyLimit >>> 0;
                if (object.resume != null)
                    if (object.resume)
                        message.resume = $Boolean(object.resume);
                if (object.sinceSeq != null)
                    if (typeof object.sinceSeq === "object" ? object.sinceSeq.low || object.sinceSeq.high : $Number(object.sinceSeq) !== 0)
                        if ($util.Long)
                            message.sinceSeq = $util.Long.fromValue(object.sinceSeq, true);
                        else if (typeof object.sinceSeq === "string")
                            message.sinceSeq = $parseInt(object.sinceSeq, 10);
                        else if (typeof object.sinceSeq === "number")
                            message.sinceSeq = object.sinceSeq;
                        else if (typeof object.sinceSeq === "object")
                            message.sinceSeq = new $util.LongBits(object.sinceSeq.low >>> 0, object.sinceSeq.high >>> 0).toNumber(true);
                return message;
            };

            JoinRoom.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.room = "";
                    object.historyLimit = 0;
                    object.resume = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sinceSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    object.room = message.room;
                if (message.historyLimit != null && $Object.hasOwnProperty.call(message, "historyLimit"))
                    object.historyLimit = message.historyLimit;
                if (message.resume != null && $Object.hasOwnProperty.call(message, "resume"))
                    object.resume = message.resume;
                if (message.sinceSeq != null && $Object.hasOwnProperty.call(message, "sinceSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sinceSeq = typeof message.sinceSeq === "number" ? $BigInt(message.sinceSeq) : $util.Long.fromBits(message.sinceSeq.low >>> 0, message.sinceSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.sinceSeq === "number")
                        object.sinceSeq = options.longs === $String ? $String(message.sinceSeq) : message.sinceSeq;
                    else
                        object.sinceSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.sinceSeq) : options.longs === $Number ? new $util.LongBits(message.sinceSeq.low >>> 0, message.sinceSeq.high >>> 0).toNumber(true) : message.sinceSeq;
                return object;
            };

            JoinRoom.prototype.toJSON = function() {
                return JoinRoom.toObject(this, $protobuf.util.toJSONOptions);
            };

            JoinRoom.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.JoinRoom";
            };

            return JoinRoom;
        })();

        v1.Member = (function() {

            const Member = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Member.prototype.nick = "";
            Member.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Member.prototype.registered = false;
            Member.prototype.away = false;

            Member.create = function(properties) {
                return new Member(properties);
            };

            Member.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick") && message.nick !== "")
                    writer.uint32(10).string(message.nick);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && (typeof message.sessionId === "object" ? message.sessionId.low || message.sessionId.high : message.sessionId !== 0))
                    writer.uint32(16).uint64(message.sessionId);
                if (message.registered != null && $Object.hasOwnProperty.call(message, "registered") && message.registered !== false)
                    writer.uint32(24).bool(message.registered);
                if (message.away != null && $Object.hasOwnProperty.call(message, "away") && message.away !== false)
                    writer.uint32(32).bool(message.away);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Member.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Member();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nick = value;
                            else
                                delete message.nick;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.registered = value;
                            else
                                delete message.registered;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.away = value;
                            else
                                delete message.away;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Member.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Member)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Member: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Member();
                if (object.nick != null)
                    if (typeof object.nick !== "string" || object.nick.length)
                        message.nick = $String(object.nick);
                if (object.sessionId != null)
                    if (typeof object.sessionId === "object" ? object.sessionId.low || object.sessionId.high : $Number(object.sessionId) !== 0)
                        if ($util.Long)
                            message.sessionId = $util.Long.fromValue(object.sessionId, true);
                        else if (typeof object.sessionId === "string")
                            message.sessionId = $parseInt(object.sessionId, 10);
                        else if (typeof object.sessionId === "number")
                            message.sessionId = object.sessionId;
                        else if (typeof object.sessionId === "object")
                            message.sessionId = new $util.LongBits(object.sessionId.low >>> 0, object.sessionId.high >>> 0).toNumber(true);
                if (object.registered != null)
                    if (object.registered)
                        message.registered = $Boolean(object.registered);
                if (object.away != null)
                    if (object.away)
                        message.away = $Boolean(object.away);
                return message;
            };

            Member.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.nick = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sessionId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sessionId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.registered = false;
                    object.away = false;
                }
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    object.nick = message.nick;
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sessionId = typeof message.sessionId === "number" ? $BigInt(message.sessionId) : $util.Long.fromBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0, true).toBigInt();
                    else if (typeof message.sessionId === "number")
                        object.sessionId = options.longs === $String ? $String(message.sessionId) : message.sessionId;
                    else
                        object.sessionId = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionId) : options.longs === $Number ? new $util.LongBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0).toNumber(true) : message.sessionId;
                if (message.registered != null && $Object.hasOwnProperty.call(message, "registered"))
                    object.registered = message.registered;
                if (message.away != null && $Object.hasOwnProperty.call(message, "away"))
                    object.away = message.away;
                return object;
            };

            Member.prototype.toJSON = function() {
                return Member.toObject(this, $protobuf.util.toJSONOptions);
            };

            Member.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Member";
            };

            return Member;
        })();

        v1.Joined = (function() {

            const Joined = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Joined.prototype.room = "";
            Joined.prototype.topic = "";
            Joined.prototype.members = $util.emptyArray;
            Joined.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Joined.prototype.membersNextCursor = "";

            Joined.create = function(properties) {
                return new Joined(properties);
            };

            Joined.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                    writer.uint32(10).string(message.room);
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(18).string(message.topic);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.parley.v1.Member.encode(message.members[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(32).uint64(message.lastSeq);
                if (message.membersNextCursor != null && $Object.hasOwnProperty.call(message, "membersNextCursor") && message.membersNextCursor !== "")
                    writer.uint32(42).string(message.membersNextCursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Joined.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Joined();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.room = value;
                            else
                                delete message.room;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.parley.v1.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.membersNextCursor = value;
                            else
                                delete message.membersNextCursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Joined.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Joined)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Joined: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Joined();
                if (object.room != null)
                    if (typeof object.room !== "string" || object.room.length)
                        message.room = $String(object.room);
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".parley.v1.Joined.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i) {
                        if (!$util.isObject(object.members[i]))
                            throw $TypeError(".parley.v1.Joined.members: object expected");
                        message.members[i] = $root.parley.v1.Member.fromObject(object.members[i], _depth + 1);
                    }
                }
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                if (object.membersNextCursor != null)
                    if (typeof object.membersNextCursor !== "string" || object.membersNextCursor.length)
                        message.membersNextCursor = $String(object.membersNextCursor);
                return message;
            };

            Joined.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.members = [];
                if (options.defaults) {
                    object.room = "";
                    object.topic = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.membersNextCursor = "";
                }
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    object.room = message.room;
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = $root.parley.v1.Member.toObject(message.members[j], options, _depth + 1);
                }
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                if (message.membersNextCursor != null && $Object.hasOwnProperty.call(message, "membersNextCursor"))
                    object.membersNextCursor = message.membersNextCursor;
                return object;
            };

            Joined.prototype.toJSON = function() {
                return Joined.toObject(this, $protobuf.util.toJSONOptions);
            };

            Joined.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Joined";
            };

            return Joined;
        })();

        v1.LeaveRoom = (function() {

            const LeaveRoom = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LeaveRoom.prototype.room = "";
            LeaveRoom.prototype.reason = "";

            LeaveRoom.create = function(properties) {
                return new LeaveRoom(properties);
            };

            LeaveRoom.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                    writer.uint32(10).string(message.room);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LeaveRoom.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.LeaveRoom();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.room = value;
                            else
                                delete message.room;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            LeaveRoom.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.LeaveRoom)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.LeaveRoom: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.LeaveRoom();
                if (object.room != null)
                    if (typeof object.room !== "string" || object.room.length)
                        message.room = $String(object.room);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            LeaveRoom.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.room = "";
                    object.reason = "";
                }
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    object.room = message.room;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            LeaveRoom.prototype.toJSON = function() {
                return LeaveRoom.toObject(this, $protobuf.util.toJSONOptions);
            };

            LeaveRoom.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.LeaveRoom";
            };

            return LeaveRoom;
        })();

        v1.ListRooms = (function() {

            const ListRooms = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListRooms.prototype.cursor = "";
            ListRooms.prototype.limit = 0;

            ListRooms.create = function(properties) {
                return new ListRooms(properties);
            };

            ListRooms.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                    writer.uint32(10).string(message.cursor);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(16).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListRooms.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.ListRooms();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListRooms.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.ListRooms)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.ListRooms: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.ListRooms();
                if (object.cursor != null)
                    if (typeof object.cursor !== "string" || object.cursor.length)
                        message.cursor = $String(object.cursor);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            ListRooms.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cursor = "";
                    object.limit = 0;
                }
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            ListRooms.prototype.toJSON = function() {
                return ListRooms.toObject(this, $protobuf.util.toJSONOptions);
            };

            ListRooms.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.ListRooms";
            };

            return ListRooms;
        })();

        v1.RoomInfo = (function() {

            const RoomInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RoomInfo.prototype.name = "";
            RoomInfo.prototype.topic = "";
            RoomInfo.prototype.memberCount = 0;
            RoomInfo.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            RoomInfo.create = function(properties) {
                return new RoomInfo(properties);
            };

            RoomInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(18).string(message.topic);
                if (message.memberCount != null && $Object.hasOwnProperty.call(message, "memberCount") && message.memberCount !== 0)
                    writer.uint32(24).uint32(message.memberCount);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(32).uint64(message.lastSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RoomInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.RoomInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memberCount = value;
                            else
                                delete message.memberCount;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RoomInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.RoomInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.RoomInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.RoomInfo();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.memberCount != null)
                    if ($Number(object.memberCount) !== 0)
                        message.memberCount = object.memberCount >>> 0;
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                return message;
            };

            RoomInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.topic = "";
                    object.memberCount = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.memberCount != null && $Object.hasOwnProperty.call(message, "memberCount"))
                    object.memberCount = message.memberCount;
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                return object;
            };

            RoomInfo.prototype.toJSON = function() {
                return RoomInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            RoomInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.RoomInfo";
            };

            return RoomInfo;
        })();

        v1.RoomList = (function() {

            const RoomList = function (properties) {
                this.rooms = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RoomList.prototype.rooms = $util.emptyArray;
            RoomList.prototype.nextCursor = "";

            RoomList.create = function(properties) {
                return new RoomList(properties);
            };

            RoomList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rooms != null && message.rooms.length)
                    for (let i = 0; i < message.rooms.length; ++i)
                        $root.parley.v1.RoomInfo.encode(message.rooms[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && message.nextCursor !== "")
                    writer.uint32(18).string(message.nextCursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RoomList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.RoomList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rooms && message.rooms.length))
                                message.rooms = [];
                            message.rooms.push($root.parley.v1.RoomInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nextCursor = value;
                            else
                                delete message.nextCursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RoomList.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.RoomList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.RoomList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.RoomList();
                if (object.rooms) {
                    if (!$Array.isArray(object.rooms))
                        throw $TypeError(".parley.v1.RoomList.rooms: array expected");
                    message.rooms = $Array(object.rooms.length);
                    for (let i = 0; i < object.rooms.length; ++i) {
                        if (!$util.isObject(object.rooms[i]))
                            throw $TypeError(".parley.v1.RoomList.rooms: object expected");
                        message.rooms[i] = $root.parley.v1.RoomInfo.fromObject(object.rooms[i], _depth + 1);
                    }
                }
                if (object.nextCursor != null)
                    if (typeof object.nextCursor !== "string" || object.nextCursor.length)
                        message.nextCursor = $String(object.nextCursor);
                return message;
            };

            RoomList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.rooms = [];
                if (options.defaults)
                    object.nextCursor = "";
                if (message.rooms && message.rooms.length) {
                    object.rooms = $Array(message.rooms.length);
                    for (let j = 0; j < message.rooms.length; ++j)
                        object.rooms[j] = $root.parley.v1.RoomInfo.toObject(message.rooms[j], options, _depth + 1);
                }
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                    object.nextCursor = message.nextCursor;
                return object;
            };

            RoomList.prototype.toJSON = function() {
                return RoomList.toObject(this, $protobuf.util.toJSONOptions);
            };

            RoomList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.RoomList";
            };

            return RoomList;
        })();

        v1.SetTopic = (function() {

            const SetTopic = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SetTopic.prototype.room = "";
            SetTopic.prototype.topic = "";

            SetTopic.create = function(properties) {
                return new SetTopic(properties);
            };

            SetTopic.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                    writer.uint32(10).string(message.room);
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(18).string(message.topic);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SetTopic.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.SetTopic();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.room = value;
                            else
                                delete message.room;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SetTopic.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.SetTopic)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.SetTopic: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.SetTopic();
                if (object.room != null)
                    if (typeof object.room !== "string" || object.room.length)
                        message.room = $String(object.room);
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                return message;
            };

            SetTopic.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.room = "";
                    object.topic = "";
                }
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    object.room = message.room;
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                return object;
            };

            SetTopic.prototype.toJSON = function() {
                return SetTopic.toObject(this, $protobuf.util.toJSONOptions);
            };

            SetTopic.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.SetTopic";
            };

            return SetTopic;
        })();

        v1.TopicChanged = (function() {

            const TopicChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TopicChanged.prototype.room = "";
            TopicChanged.prototype.topic = "";
            TopicChanged.prototype.byNick = "";
            TopicChanged.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            TopicChanged.create = function(properties) {
                return new TopicChanged(properties);
            };

            TopicChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                    writer.uint32(10).string(message.room);
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(18).string(message.topic);
                if (message.byNick != null && $Object.hasOwnProperty.call(message, "byNick") && message.byNick !== "")
                    writer.uint32(26).string(message.byNick);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(32).uint64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TopicChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.TopicChanged();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.room = value;
                            else
                                delete message.room;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.byNick = value;
                            else
                                delete message.byNick;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TopicChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.TopicChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.TopicChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.TopicChanged();
                if (object.room != null)
                    if (typeof object.room !== "string" || object.room.length)
                        message.room = $String(object.room);
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.byNick != null)
                    if (typeof object.byNick !== "string" || object.byNick.length)
                        message.byNick = $String(object.byNick);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, true);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber(true);
                return message;
            };

            TopicChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.room = "";
                    object.topic = "";
                    object.byNick = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    object.room = message.room;
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.byNick != null && $Object.hasOwnProperty.call(message, "byNick"))
                    object.byNick = message.byNick;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, true).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber(true) : message.atMs;
                return object;
            };

            TopicChanged.prototype.toJSON = function() {
                return TopicChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            TopicChanged.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.TopicChanged";
            };

            return TopicChanged;
        })();

        v1.ListMembers = (function() {

            const ListMembers = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListMembers.prototype.room = "";
            ListMembers.prototype.cursor = "";
            ListMembers.prototype.limit = 0;

            ListMembers.create = function(properties) {
                return new ListMembers(properties);
            };

            ListMembers.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                    writer.uint32(10).string(message.room);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                    writer.uint32(18).string(message.cursor);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(24).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListMembers.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.ListMembers();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.room = value;
                            else
                                delete message.room;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListMembers.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.ListMembers)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.ListMembers: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.ListMembers();
                if (object.room != null)
                    if (typeof object.room !== "string" || object.room.length)
                        message.room = $String(object.room);
                if (object.cursor != null)
                    if (typeof object.cursor !== "string" || object.cursor.length)
                        message.cursor = $String(object.cursor);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            ListMembers.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.room = "";
                    object.cursor = "";
                    object.limit = 0;
                }
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    object.room = message.room;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            ListMembers.prototype.toJSON = function() {
                return ListMembers.toObject(this, $protobuf.util.toJSONOptions);
            };

            ListMembers.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.ListMembers";
            };

            return ListMembers;
        })();

        v1.MemberList = (function() {

            const MemberList = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MemberList.prototype.room = "";
            MemberList.prototype.members = $util.emptyArray;
            MemberList.prototype.nextCursor = "";

            MemberList.create = function(properties) {
                return new MemberList(properties);
            };

            MemberList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                    writer.uint32(10).string(message.room);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.parley.v1.Member.encode(message.members[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && message.nextCursor !== "")
                    writer.uint32(26).string(message.nextCursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MemberList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.MemberList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.room = value;
                            else
                                delete message.room;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.parley.v1.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nextCursor = value;
                            else
                                delete message.nextCursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MemberList.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.MemberList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.MemberList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.MemberList();
                if (object.room != null)
                    if (typeof object.room !== "string" || object.room.length)
                        message.room = $String(object.room);
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".parley.v1.MemberList.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i) {
                        if (!$util.isObject(object.members[i]))
                            throw $TypeError(".parley.v1.MemberList.members: object expected");
                        message.members[i] = $root.parley.v1.Member.fromObject(object.members[i], _depth + 1);
                    }
                }
                if (object.nextCursor != null)
                    if (typeof object.nextCursor !== "string" || object.nextCursor.length)
                        message.nextCursor = $String(object.nextCursor);
                return message;
            };

            MemberList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.members = [];
                if (options.defaults) {
                    object.room = "";
                    object.nextCursor = "";
                }
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    object.room = message.room;
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = $root.parley.v1.Member.toObject(message.members[j], options, _depth + 1);
                }
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                    object.nextCursor = message.nextCursor;
                return object;
            };

            MemberList.prototype.toJSON = function() {
                return MemberList.toObject(this, $protobuf.util.toJSONOptions);
            };

            MemberList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.MemberList";
            };

            return MemberList;
        })();

        v1.MessageKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MESSAGE_KIND_TEXT"] = 0;
            values[valuesById[1] = "MESSAGE_KIND_ACTION"] = 1;
            values[valuesById[2] = "MESSAGE_KIND_FILE"] = 2;
            return values;
        })();

        v1.SendMessage = (function() {

            const SendMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SendMessage.prototype.room = null;
            SendMessage.prototype.toNick = null;
            SendMessage.prototype.text = "";
            SendMessage.prototype.clientMsgId = "";
            SendMessage.prototype.kind = 0;

            let $oneOfFields;

            $Object.defineProperty(SendMessage.prototype, "target", {
                get: $util.oneOfGetter($oneOfFields = ["room", "toNick"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            SendMessage.create = function(properties) {
                return new SendMessage(properties);
            };

            SendMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    writer.uint32(10).string(message.room);
                if (message.toNick != null && $Object.hasOwnProperty.call(message, "toNick"))
                    writer.uint32(18).string(message.toNick);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(26).string(message.text);
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                    writer.uint32(34).string(message.clientMsgId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(40).int32(message.kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SendMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.SendMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.room = reader.stringVerify();
                            message.target = "room";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.toNick = reader.stringVerify();
                            message.target = "toNick";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMsgId = value;
                            else
                                delete message.clientMsgId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SendMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.SendMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.SendMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.SendMessage();
                if (object.room != null)
                    message.room = $String(object.room);
                if (object.toNick != null)
                    message.toNick = $String(object.toNick);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.clientMsgId != null)
                    if (typeof object.clientMsgId !== "string" || object.clientMsgId.length)
                        message.clientMsgId = $String(object.clientMsgId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.parley.v1.MessageKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "MESSAGE_KIND_TEXT":
                    case 0:
                        message.kind = 0;
                        break;
                    case "MESSAGE_KIND_ACTION":
                    case 1:
                        message.kind = 1;
                        break;
                    case "MESSAGE_KIND_FILE":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                return message;
            };

            SendMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.text = "";
                    object.clientMsgId = "";
                    object.kind = options.enums === $String ? "MESSAGE_KIND_TEXT" : 0;
                }
                if (message.room != null && $Object.hasOwnProperty.call(message, "room")) {
                    object.room = message.room;
                    if (options.oneofs)
                        object.target = "room";
                }
                if (message.toNick != null && $Object.hasOwnProperty.call(message, "toNick")) {
                    object.toNick = message.toNick;
                    if (options.oneofs)
                        object.target = "toNick";
                }
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId"))
                    object.clientMsgId = message.clientMsgId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.parley.v1.MessageKind[message.kind] === $undefined ? message.kind : $root.parley.v1.MessageKind[message.kind] : message.kind;
                return object;
            };

            SendMessage.prototype.toJSON = function() {
                return SendMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            SendMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.SendMessage";
            };

            return SendMessage;
        })();

        v1.ChatMessage = (function() {

            const ChatMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ChatMessage.prototype.room = "";
            ChatMessage.prototype.toNick = "";
            ChatMessage.prototype.fromNick = "";
            ChatMessage.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ChatMessage.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ChatMessage.prototype.text = "";
            ChatMessage.prototype.clientMsgId = "";
            ChatMessage.prototype.kind = 0;
            ChatMessage.prototype.file = null;

            ChatMessage.create = function(properties) {
                return new ChatMessage(properties);
            };

            ChatMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                    writer.uint32(10).string(message.room);
                if (message.toNick != null && $Object.hasOwnProperty.call(message, "toNick") && message.toNick !== "")
                    writer.uint32(18).string(message.toNick);
                if (message.fromNick != null && $Object.hasOwnProperty.call(message, "fromNick") && message.fromNick !== "")
                    writer.uint32(26).string(message.fromNick);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(32).uint64(message.seq);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(40).uint64(message.sentAtMs);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(50).string(message.text);
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                    writer.uint32(58).string(message.clientMsgId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(64).int32(message.kind);
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    $root.parley.v1.FileInfo.encode(message.file, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ChatMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.ChatMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.room = value;
                            else
                                delete message.room;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toNick = value;
                            else
                                delete message.toNick;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fromNick = value;
                            else
                                delete message.fromNick;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMsgId = value;
                            else
                                delete message.clientMsgId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.file = $root.parley.v1.FileInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.file);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ChatMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.ChatMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.ChatMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.ChatMessage();
                if (object.room != null)
                    if (typeof object.room !== "string" || object.room.length)
                        message.room = $String(object.room);
                if (object.toNick != null)
                    if (typeof object.toNick !== "string" || object.toNick.length)
                        message.toNick = $String(object.toNick);
                if (object.fromNick != null)
                    if (typeof object.fromNick !== "string" || object.fromNick.length)
                        message.fromNick = $String(object.fromNick);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, true);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber(true);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.clientMsgId != null)
                    if (typeof object.clientMsgId !== "string" || object.clientMsgId.length)
                        message.clientMsgId = $String(object.clientMsgId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.parley.v1.MessageKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "MESSAGE_KIND_TEXT":
                    case 0:
                        message.kind = 0;
                        break;
                    case "MESSAGE_KIND_ACTION":
                    case 1:
                        message.kind = 1;
                        break;
                    case "MESSAGE_KIND_FILE":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.file != null) {
                    if (!$util.isObject(object.file))
                        throw $TypeError(".parley.v1.ChatMessage.file: object expected");
                    message.file = $root.parley.v1.FileInfo.fromObject(object.file, _depth + 1);
                }
                return message;
            };

            ChatMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.room = "";
                    object.toNick = "";
                    object.fromNick = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.text = "";
                    object.clientMsgId = "";
                    object.kind = options.enums === $String ? "MESSAGE_KIND_TEXT" : 0;
                    object.file = null;
                }
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    object.room = message.room;
                if (message.toNick != null && $Object.hasOwnProperty.call(message, "toNick"))
                    object.toNick = message.toNick;
                if (message.fromNick != null && $Object.hasOwnProperty.call(message, "fromNick"))
                    object.fromNick = message.fromNick;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber(true) : message.sentAtMs;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId"))
                    object.clientMsgId = message.clientMsgId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.parley.v1.MessageKind[message.kind] === $undefined ? message.kind : $root.parley.v1.MessageKind[message.kind] : message.kind;
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    object.file = $root.parley.v1.FileInfo.toObject(message.file, options, _depth + 1);
                return object;
            };

            ChatMessage.prototype.toJSON = function() {
                return ChatMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            ChatMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.ChatMessage";
            };

            return ChatMessage;
        })();

        v1.FetchHistory = (function() {

            const FetchHistory = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FetchHistory.prototype.room = null;
            FetchHistory.prototype.withNick = null;
            FetchHistory.prototype.afterSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FetchHistory.prototype.beforeSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FetchHistory.prototype.limit = 0;

            let $oneOfFields;

            $Object.defineProperty(FetchHistory.prototype, "target", {
                get: $util.oneOfGetter($oneOfFields = ["room", "withNick"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            FetchHistory.create = function(properties) {
                return new FetchHistory(properties);
            };

            FetchHistory.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    writer.uint32(10).string(message.room);
                if (message.withNick != null && $Object.hasOwnProperty.call(message, "withNick"))
                    writer.uint32(18).string(message.withNick);
                if (message.afterSeq != null && $Object.hasOwnProperty.call(message, "afterSeq") && (typeof message.afterSeq === "object" ? message.afterSeq.low || message.afterSeq.high : message.afterSeq !== 0))
                    writer.uint32(24).uint64(message.afterSeq);
                if (message.beforeSeq != null && $Object.hasOwnProperty.call(message, "beforeSeq") && (typeof message.beforeSeq === "object" ? message.beforeSeq.low || message.beforeSeq.high : message.beforeSeq !== 0))
                    writer.uint32(32).uint64(message.beforeSeq);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(40).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FetchHistory.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.FetchHistory();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.room = reader.stringVerify();
                            message.target = "room";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.withNick = reader.stringVerify();
                            message.target = "withNick";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.afterSeq = value;
                            else
                                delete message.afterSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.beforeSeq = value;
                            else
                                delete message.beforeSeq;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FetchHistory.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.FetchHistory)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.FetchHistory: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.FetchHistory();
                if (object.room != null)
                    message.room = $String(object.room);
                if (object.withNick != null)
                    message.withNick = $String(object.withNick);
                if (object.afterSeq != null)
                    if (typeof object.afterSeq === "object" ? object.afterSeq.low || object.afterSeq.high : $Number(object.afterSeq) !== 0)
                        if ($util.Long)
                            message.afterSeq = $util.Long.fromValue(object.afterSeq, true);
                        else if (typeof object.afterSeq === "string")
                            message.afterSeq = $parseInt(object.afterSeq, 10);
                        else if (typeof object.afterSeq === "number")
                            message.afterSeq = object.afterSeq;
                        else if (typeof object.afterSeq === "object")
                            message.afterSeq = new $util.LongBits(object.afterSeq.low >>> 0, object.afterSeq.high >>> 0).toNumber(true);
                if (object.beforeSeq != null)
                    if (typeof object.beforeSeq === "object" ? object.beforeSeq.low || object.beforeSeq.high : $Number(object.beforeSeq) !== 0)
                        if ($util.Long)
                            message.beforeSeq = $util.Long.fromValue(object.beforeSeq, true);
                        else if (typeof object.beforeSeq === "string")
                            message.beforeSeq = $parseInt(object.beforeSeq, 10);
                        else if (typeof object.beforeSeq === "number")
                            message.beforeSeq = object.beforeSeq;
                        else if (typeof object.beforeSeq === "object")
                            message.beforeSeq = new $util.LongBits(object.beforeSeq.low >>> 0, object.beforeSeq.high >>> 0).toNumber(true);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            FetchHistory.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.afterSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.afterSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.beforeSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.beforeSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.limit = 0;
                }
                if (message.room != null && $Object.hasOwnProperty.call(message, "room")) {
                    object.room = message.room;
                    if (options.oneofs)
                        object.target = "room";
                }
                if (message.withNick != null && $Object.hasOwnProperty.call(message, "withNick")) {
                    object.withNick = message.withNick;
                    if (options.oneofs)
                        object.target = "withNick";
                }
                if (message.afterSeq != null && $Object.hasOwnProperty.call(message, "afterSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.afterSeq = typeof message.afterSeq === "number" ? $BigInt(message.afterSeq) : $util.Long.fromBits(message.afterSeq.low >>> 0, message.afterSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.afterSeq === "number")
                        object.afterSeq = options.longs === $String ? $String(message.afterSeq) : message.afterSeq;
                    else
                        object.afterSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.afterSeq) : options.longs === $Number ? new $util.LongBits(message.afterSeq.low >>> 0, message.afterSeq.high >>> 0).toNumber(true) : message.afterSeq;
                if (message.beforeSeq != null && $Object.hasOwnProperty.call(message, "beforeSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.beforeSeq = typeof message.beforeSeq === "number" ? $BigInt(message.beforeSeq) : $util.Long.fromBits(message.beforeSeq.low >>> 0, message.beforeSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.beforeSeq === "number")
                        object.beforeSeq = options.longs === $String ? $String(message.beforeSeq) : message.beforeSeq;
                    else
                        object.beforeSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.beforeSeq) : options.longs === $Number ? new $util.LongBits(message.beforeSeq.low >>> 0, message.beforeSeq.high >>> 0).toNumber(true) : message.beforeSeq;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            FetchHistory.prototype.toJSON = function() {
                return FetchHistory.toObject(this, $protobuf.util.toJSONOptions);
            };

            FetchHistory.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.FetchHistory";
            };

            return FetchHistory;
        })();

        v1.History = (function() {

            const History = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            History.prototype.room = "";
            History.prototype.withNick = "";
            History.prototype.messages = $util.emptyArray;
            History.prototype.hasMore = false;

            History.create = function(properties) {
                return new History(properties);
            };

            History.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                    writer.uint32(10).string(message.room);
                if (message.withNick != null && $Object.hasOwnProperty.call(message, "withNick") && message.withNick !== "")
                    writer.uint32(18).string(message.withNick);
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.parley.v1.ChatMessage.encode(message.messages[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore") && message.hasMore !== false)
                    writer.uint32(32).bool(message.hasMore);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            History.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.History();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.room = value;
                            else
                                delete message.room;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.withNick = value;
                            else
                                delete message.withNick;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.parley.v1.ChatMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasMore = value;
                            else
                                delete message.hasMore;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            History.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.History)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.History: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.History();
                if (object.room != null)
                    if (typeof object.room !== "string" || object.room.length)
                        message.room = $String(object.room);
                if (object.withNick != null)
                    if (typeof object.withNick !== "string" || object.withNick.length)
                        message.withNick = $String(object.withNick);
                if (object.messages) {
                    if (!$Array.isArray(object.messages))
                        throw $TypeError(".parley.v1.History.messages: array expected");
                    message.messages = $Array(object.messages.length);
                    for (let i = 0; i < object.messages.length; ++i) {
                        if (!$util.isObject(object.messages[i]))
                            throw $TypeError(".parley.v1.History.messages: object expected");
                        message.messages[i] = $root.parley.v1.ChatMessage.fromObject(object.messages[i], _depth + 1);
                    }
                }
                if (object.hasMore != null)
                    if (object.hasMore)
                        message.hasMore = $Boolean(object.hasMore);
                return message;
            };

            History.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.messages = [];
                if (options.defaults) {
                    object.room = "";
                    object.withNick = "";
                    object.hasMore = false;
                }
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    object.room = message.room;
                if (message.withNick != null && $Object.hasOwnProperty.call(message, "withNick"))
                    object.withNick = message.withNick;
                if (message.messages && message.messages.length) {
                    object.messages = $Array(message.messages.length);
                    for (let j = 0; j < message.messages.length; ++j)
                        object.messages[j] = $root.parley.v1.ChatMessage.toObject(message.messages[j], options, _depth + 1);
                }
                if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore"))
                    object.hasMore = message.hasMore;
                return object;
            };

            History.prototype.toJSON = function() {
                return History.toObject(this, $protobuf.util.toJSONOptions);
            };

            History.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.History";
            };

            return History;
        })();

        v1.PresenceKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PRESENCE_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PRESENCE_KIND_JOIN"] = 1;
            values[valuesById[2] = "PRESENCE_KIND_LEAVE"] = 2;
            values[valuesById[3] = "PRESENCE_KIND_QUIT"] = 3;
            values[valuesById[4] = "PRESENCE_KIND_NICK"] = 4;
            values[valuesById[5] = "PRESENCE_KIND_KICK"] = 5;
            values[valuesById[6] = "PRESENCE_KIND_AWAY"] = 6;
            values[valuesById[7] = "PRESENCE_KIND_BACK"] = 7;
            return values;
        })();

        v1.Presence = (function() {

            const Presence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Presence.prototype.kind = 0;
            Presence.prototype.room = "";
            Presence.prototype.nick = "";
            Presence.prototype.oldNick = "";
            Presence.prototype.reason = "";
            Presence.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Presence.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Presence.prototype.by = "";

            Presence.create = function(properties) {
                return new Presence(properties);
            };

            Presence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(8).int32(message.kind);
                if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                    writer.uint32(18).string(message.room);
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick") && message.nick !== "")
                    writer.uint32(26).string(message.nick);
                if (message.oldNick != null && $Object.hasOwnProperty.call(message, "oldNick") && message.oldNick !== "")
                    writer.uint32(34).string(message.oldNick);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(42).string(message.reason);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(48).uint64(message.atMs);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && (typeof message.sessionId === "object" ? message.sessionId.low || message.sessionId.high : message.sessionId !== 0))
                    writer.uint32(56).uint64(message.sessionId);
                if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== "")
                    writer.uint32(66).string(message.by);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Presence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Presence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.room = value;
                            else
                                delete message.room;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nick = value;
                            else
                                delete message.nick;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.oldNick = value;
                            else
                                delete message.oldNick;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.by = value;
                            else
                                delete message.by;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Presence.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Presence)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Presence: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Presence();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.parley.v1.PresenceKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "PRESENCE_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "PRESENCE_KIND_JOIN":
                    case 1:
                        message.kind = 1;
                        break;
                    case "PRESENCE_KIND_LEAVE":
                    case 2:
                        message.kind = 2;
                        break;
                    case "PRESENCE_KIND_QUIT":
                    case 3:
                        message.kind = 3;
                        break;
                    case "PRESENCE_KIND_NICK":
                    case 4:
                        message.kind = 4;
                        break;
                    case "PRESENCE_KIND_KICK":
                    case 5:
                        message.kind = 5;
                        break;
                    case "PRESENCE_KIND_AWAY":
                    case 6:
                        message.kind = 6;
                        break;
                    case "PRESENCE_KIND_BACK":
                    case 7:
                        message.kind = 7;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.room != null)
                    if (typeof object.room !== "string" || object.room.length)
                        message.room = $String(object.room);
                if (object.nick != null)
                    if (typeof object.nick !== "string" || object.nick.length)
                        message.nick = $String(object.nick);
                if (object.oldNick != null)
                    if (typeof object.oldNick !== "string" || object.oldNick.length)
                        message.oldNick = $String(object.oldNick);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, true);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber(true);
                if (object.sessionId != null)
                    if (typeof object.sessionId === "object" ? object.sessionId.low || object.sessionId.high : $Number(object.sessionId) !== 0)
                        if ($util.Long)
                            message.sessionId = $util.Long.fromValue(object.sessionId, true);
                        else if (typeof object.sessionId === "string")
                            message.sessionId = $parseInt(object.sessionId, 10);
                        else if (typeof object.sessionId === "number")
                            message.sessionId = object.sessionId;
                        else if (typeof object.sessionId === "object")
                            message.sessionId = new $util.LongBits(object.sessionId.low >>> 0, object.sessionId.high >>> 0).toNumber(true);
                if (object.by != null)
                    if (typeof object.by !== "string" || object.by.length)
                        message.by = $String(object.by);
                return message;
            };

            Presence.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "PRESENCE_KIND_UNSPECIFIED" : 0;
                    object.room = "";
                    object.nick = "";
                    object.oldNick = "";
                    object.reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sessionId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sessionId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.by = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.parley.v1.PresenceKind[message.kind] === $undefined ? message.kind : $root.parley.v1.PresenceKind[message.kind] : message.kind;
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    object.room = message.room;
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    object.nick = message.nick;
                if (message.oldNick != null && $Object.hasOwnProperty.call(message, "oldNick"))
                    object.oldNick = message.oldNick;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, true).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber(true) : message.atMs;
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sessionId = typeof message.sessionId === "number" ? $BigInt(message.sessionId) : $util.Long.fromBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0, true).toBigInt();
                    else if (typeof message.sessionId === "number")
                        object.sessionId = options.longs === $String ? $String(message.sessionId) : message.sessionId;
                    else
                        object.sessionId = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionId) : options.longs === $Number ? new $util.LongBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0).toNumber(true) : message.sessionId;
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    object.by = message.by;
                return object;
            };

            Presence.prototype.toJSON = function() {
                return Presence.toObject(this, $protobuf.util.toJSONOptions);
            };

            Presence.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Presence";
            };

            return Presence;
        })();

        v1.NoticeKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NOTICE_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NOTICE_KIND_MOTD"] = 1;
            values[valuesById[2] = "NOTICE_KIND_ANNOUNCEMENT"] = 2;
            values[valuesById[3] = "NOTICE_KIND_SHUTDOWN"] = 3;
            values[valuesById[4] = "NOTICE_KIND_INFO"] = 4;
            return values;
        })();

        v1.Notice = (function() {

            const Notice = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Notice.prototype.kind = 0;
            Notice.prototype.text = "";
            Notice.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Notice.create = function(properties) {
                return new Notice(properties);
            };

            Notice.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(8).int32(message.kind);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(18).string(message.text);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(24).uint64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Notice.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Notice();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Notice.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Notice)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Notice: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Notice();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.parley.v1.NoticeKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "NOTICE_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "NOTICE_KIND_MOTD":
                    case 1:
                        message.kind = 1;
                        break;
                    case "NOTICE_KIND_ANNOUNCEMENT":
                    case 2:
                        message.kind = 2;
                        break;
                    case "NOTICE_KIND_SHUTDOWN":
                    case 3:
                        message.kind = 3;
                        break;
                    case "NOTICE_KIND_INFO":
                    case 4:
                        message.kind = 4;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, true);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber(true);
                return message;
            };

            Notice.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "NOTICE_KIND_UNSPECIFIED" : 0;
                    object.text = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.parley.v1.NoticeKind[message.kind] === $undefined ? message.kind : $root.parley.v1.NoticeKind[message.kind] : message.kind;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, true).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber(true) : message.atMs;
                return object;
            };

            Notice.prototype.toJSON = function() {
                return Notice.toObject(this, $protobuf.util.toJSONOptions);
            };

            Notice.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Notice";
            };

            return Notice;
        })();

        v1.Kicked = (function() {

            const Kicked = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Kicked.prototype.reason = "";
            Kicked.prototype.by = "";
            Kicked.prototype.banUntilMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Kicked.prototype.banPermanent = false;

            Kicked.create = function(properties) {
                return new Kicked(properties);
            };

            Kicked.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(10).string(message.reason);
                if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== "")
                    writer.uint32(18).string(message.by);
                if (message.banUntilMs != null && $Object.hasOwnProperty.call(message, "banUntilMs") && (typeof message.banUntilMs === "object" ? message.banUntilMs.low || message.banUntilMs.high : message.banUntilMs !== 0))
                    writer.uint32(24).uint64(message.banUntilMs);
                if (message.banPermanent != null && $Object.hasOwnProperty.call(message, "banPermanent") && message.banPermanent !== false)
                    writer.uint32(32).bool(message.banPermanent);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Kicked.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Kicked();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.by = value;
                            else
                                delete message.by;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.banUntilMs = value;
                            else
                                delete message.banUntilMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.banPermanent = value;
                            else
                                delete message.banPermanent;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Kicked.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Kicked)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Kicked: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Kicked();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.by != null)
                    if (typeof object.by !== "string" || object.by.length)
                        message.by = $String(object.by);
                if (object.banUntilMs != null)
                    if (typeof object.banUntilMs === "object" ? object.banUntilMs.low || object.banUntilMs.high : $Number(object.banUntilMs) !== 0)
                        if ($util.Long)
                            message.banUntilMs = $util.Long.fromValue(object.banUntilMs, true);
                        else if (typeof object.banUntilMs === "string")
                            message.banUntilMs = $parseInt(object.banUntilMs, 10);
                        else if (typeof object.banUntilMs === "number")
                            message.banUntilMs = object.banUntilMs;
                        else if (typeof object.banUntilMs === "object")
                            message.banUntilMs = new $util.LongBits(object.banUntilMs.low >>> 0, object.banUntilMs.high >>> 0).toNumber(true);
                if (object.banPermanent != null)
                    if (object.banPermanent)
                        message.banPermanent = $Boolean(object.banPermanent);
                return message;
            };

            Kicked.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.reason = "";
                    object.by = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.banUntilMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.banUntilMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.banPermanent = false;
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    object.by = message.by;
                if (message.banUntilMs != null && $Object.hasOwnProperty.call(message, "banUntilMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.banUntilMs = typeof message.banUntilMs === "number" ? $BigInt(message.banUntilMs) : $util.Long.fromBits(message.banUntilMs.low >>> 0, message.banUntilMs.high >>> 0, true).toBigInt();
                    else if (typeof message.banUntilMs === "number")
                        object.banUntilMs = options.longs === $String ? $String(message.banUntilMs) : message.banUntilMs;
                    else
                        object.banUntilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.banUntilMs) : options.longs === $Number ? new $util.LongBits(message.banUntilMs.low >>> 0, message.banUntilMs.high >>> 0).toNumber(true) : message.banUntilMs;
                if (message.banPermanent != null && $Object.hasOwnProperty.call(message, "banPermanent"))
                    object.banPermanent = message.banPermanent;
                return object;
            };

            Kicked.prototype.toJSON = function() {
                return Kicked.toObject(this, $protobuf.util.toJSONOptions);
            };

            Kicked.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Kicked";
            };

            return Kicked;
        })();

        v1.FileInfo = (function() {

            const FileInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FileInfo.prototype.id = "";
            FileInfo.prototype.name = "";
            FileInfo.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FileInfo.prototype.sha256 = "";
            FileInfo.prototype.fromNick = "";
            FileInfo.prototype.room = "";
            FileInfo.prototype.toNick = "";
            FileInfo.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            FileInfo.create = function(properties) {
                return new FileInfo(properties);
            };

            FileInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(24).uint64(message.size);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(34).string(message.sha256);
                if (message.fromNick != null && $Object.hasOwnProperty.call(message, "fromNick") && message.fromNick !== "")
                    writer.uint32(42).string(message.fromNick);
                if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                    writer.uint32(50).string(message.room);
                if (message.toNick != null && $Object.hasOwnProperty.call(message, "toNick") && message.toNick !== "")
                    writer.uint32(58).string(message.toNick);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(64).uint64(message.expiresAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FileInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.FileInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fromNick = value;
                            else
                                delete message.fromNick;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.room = value;
                            else
                                delete message.room;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toNick = value;
                            else
                                delete message.toNick;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FileInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.FileInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.FileInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.FileInfo();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.fromNick != null)
                    if (typeof object.fromNick !== "string" || object.fromNick.length)
                        message.fromNick = $String(object.fromNick);
                if (object.room != null)
                    if (typeof object.room !== "string" || object.room.length)
                        message.room = $String(object.room);
                if (object.toNick != null)
                    if (typeof object.toNick !== "string" || object.toNick.length)
                        message.toNick = $String(object.toNick);
                if (object.expiresAtMs != null)
                    if (typeof object.expiresAtMs === "object" ? object.expiresAtMs.low || object.expiresAtMs.high : $Number(object.expiresAtMs) !== 0)
                        if ($util.Long)
                            message.expiresAtMs = $util.Long.fromValue(object.expiresAtMs, true);
                        else if (typeof object.expiresAtMs === "string")
                            message.expiresAtMs = $parseInt(object.expiresAtMs, 10);
                        else if (typeof object.expiresAtMs === "number")
                            message.expiresAtMs = object.expiresAtMs;
                        else if (typeof object.expiresAtMs === "object")
                            message.expiresAtMs = new $util.LongBits(object.expiresAtMs.low >>> 0, object.expiresAtMs.high >>> 0).toNumber(true);
                return message;
            };

            FileInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.name = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sha256 = "";
                    object.fromNick = "";
                    object.room = "";
                    object.toNick = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.fromNick != null && $Object.hasOwnProperty.call(message, "fromNick"))
                    object.fromNick = message.fromNick;
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    object.room = message.room;
                if (message.toNick != null && $Object.hasOwnProperty.call(message, "toNick"))
                    object.toNick = message.toNick;
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAtMs = typeof message.expiresAtMs === "number" ? $BigInt(message.expiresAtMs) : $util.Long.fromBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.expiresAtMs === "number")
                        object.expiresAtMs = options.longs === $String ? $String(message.expiresAtMs) : message.expiresAtMs;
                    else
                        object.expiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAtMs) : options.longs === $Number ? new $util.LongBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0).toNumber(true) : message.expiresAtMs;
                return object;
            };

            FileInfo.prototype.toJSON = function() {
                return FileInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            FileInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.FileInfo";
            };

            return FileInfo;
        })();

        v1.FileOffer = (function() {

            const FileOffer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FileOffer.prototype.room = null;
            FileOffer.prototype.toNick = null;
            FileOffer.prototype.name = "";
            FileOffer.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FileOffer.prototype.sha256 = "";
            FileOffer.prototype.resumeUploadId = "";

            let $oneOfFields;

            $Object.defineProperty(FileOffer.prototype, "target", {
                get: $util.oneOfGetter($oneOfFields = ["room", "toNick"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            FileOffer.create = function(properties) {
                return new FileOffer(properties);
            };

            FileOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    writer.uint32(10).string(message.room);
                if (message.toNick != null && $Object.hasOwnProperty.call(message, "toNick"))
                    writer.uint32(18).string(message.toNick);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(26).string(message.name);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(32).uint64(message.size);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(42).string(message.sha256);
                if (message.resumeUploadId != null && $Object.hasOwnProperty.call(message, "resumeUploadId") && message.resumeUploadId !== "")
                    writer.uint32(50).string(message.resumeUploadId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FileOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.FileOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.room = reader.stringVerify();
                            message.target = "room";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.toNick = reader.stringVerify();
                            message.target = "toNick";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resumeUploadId = value;
                            else
                                delete message.resumeUploadId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FileOffer.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.FileOffer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.FileOffer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.FileOffer();
                if (object.room != null)
                    message.room = $String(object.room);
                if (object.toNick != null)
                    message.toNick = $String(object.toNick);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.resumeUploadId != null)
                    if (typeof object.resumeUploadId !== "string" || object.resumeUploadId.length)
                        message.resumeUploadId = $String(object.resumeUploadId);
                return message;
            };

            FileOffer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sha256 = "";
                    object.resumeUploadId = "";
                }
                if (message.room != null && $Object.hasOwnProperty.call(message, "room")) {
                    object.room = message.room;
                    if (options.oneofs)
                        object.target = "room";
                }
                if (message.toNick != null && $Object.hasOwnProperty.call(message, "toNick")) {
                    object.toNick = message.toNick;
                    if (options.oneofs)
                        object.target = "toNick";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.resumeUploadId != null && $Object.hasOwnProperty.call(message, "resumeUploadId"))
                    object.resumeUploadId = message.resumeUploadId;
                return object;
            };

            FileOffer.prototype.toJSON = function() {
                return FileOffer.toObject(this, $protobuf.util.toJSONOptions);
            };

            FileOffer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.FileOffer";
            };

            return FileOffer;
        })();

        v1.FileUploadReady = (function() {

            const FileUploadReady = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FileUploadReady.prototype.uploadId = "";
            FileUploadReady.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FileUploadReady.prototype.chunkBytes = 0;

            FileUploadReady.create = function(properties) {
                return new FileUploadReady(properties);
            };

            FileUploadReady.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uploadId != null && $Object.hasOwnProperty.call(message, "uploadId") && message.uploadId !== "")
                    writer.uint32(10).string(message.uploadId);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(16).uint64(message.offset);
                if (message.chunkBytes != null && $Object.hasOwnProperty.call(message, "chunkBytes") && message.chunkBytes !== 0)
                    writer.uint32(24).uint32(message.chunkBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FileUploadReady.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.FileUploadReady();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uploadId = value;
                            else
                                delete message.uploadId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chunkBytes = value;
                            else
                                delete message.chunkBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FileUploadReady.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.FileUploadReady)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.FileUploadReady: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.FileUploadReady();
                if (object.uploadId != null)
                    if (typeof object.uploadId !== "string" || object.uploadId.length)
                        message.uploadId = $String(object.uploadId);
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                if (object.chunkBytes != null)
                    if ($Number(object.chunkBytes) !== 0)
                        message.chunkBytes = object.chunkBytes >>> 0;
                return message;
            };

            FileUploadReady.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.uploadId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.chunkBytes = 0;
                }
                if (message.uploadId != null && $Object.hasOwnProperty.call(message, "uploadId"))
                    object.uploadId = message.uploadId;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                if (message.chunkBytes != null && $Object.hasOwnProperty.call(message, "chunkBytes"))
                    object.chunkBytes = message.chunkBytes;
                return object;
            };

            FileUploadReady.prototype.toJSON = function() {
                return FileUploadReady.toObject(this, $protobuf.util.toJSONOptions);
            };

            FileUploadReady.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.FileUploadReady";
            };

            return FileUploadReady;
        })();

        v1.FileChunk = (function() {

            const FileChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FileChunk.prototype.id = "";
            FileChunk.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FileChunk.prototype.data = $util.newBuffer([]);

            FileChunk.create = function(properties) {
                return new FileChunk(properties);
            };

            FileChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(16).uint64(message.offset);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(26).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FileChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.FileChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FileChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.FileChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.FileChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.FileChunk();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            FileChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            FileChunk.prototype.toJSON = function() {
                return FileChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            FileChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.FileChunk";
            };

            return FileChunk;
        })();

        v1.FileChunkAck = (function() {

            const FileChunkAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FileChunkAck.prototype.id = "";
            FileChunkAck.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            FileChunkAck.create = function(properties) {
                return new FileChunkAck(properties);
            };

            FileChunkAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(16).uint64(message.offset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FileChunkAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.FileChunkAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FileChunkAck.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.FileChunkAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.FileChunkAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.FileChunkAck();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                return message;
            };

            FileChunkAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                return object;
            };

            FileChunkAck.prototype.toJSON = function() {
                return FileChunkAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            FileChunkAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.FileChunkAck";
            };

            return FileChunkAck;
        })();

        v1.FileUploadDone = (function() {

            const FileUploadDone = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FileUploadDone.prototype.uploadId = "";

            FileUploadDone.create = function(properties) {
                return new FileUploadDone(properties);
            };

            FileUploadDone.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uploadId != null && $Object.hasOwnProperty.call(message, "uploadId") && message.uploadId !== "")
                    writer.uint32(10).string(message.uploadId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FileUploadDone.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.FileUploadDone();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uploadId = value;
                            else
                                delete message.uploadId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FileUploadDone.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.FileUploadDone)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.FileUploadDone: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.FileUploadDone();
                if (object.uploadId != null)
                    if (typeof object.uploadId !== "string" || object.uploadId.length)
                        message.uploadId = $String(object.uploadId);
                return message;
            };

            FileUploadDone.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.uploadId = "";
                if (message.uploadId != null && $Object.hasOwnProperty.call(message, "uploadId"))
                    object.uploadId = message.uploadId;
                return object;
            };

            FileUploadDone.prototype.toJSON = function() {
                return FileUploadDone.toObject(this, $protobuf.util.toJSONOptions);
            };

            FileUploadDone.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.FileUploadDone";
            };

            return FileUploadDone;
        })();

        v1.FileGet = (function() {

            const FileGet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FileGet.prototype.fileId = "";
            FileGet.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            FileGet.create = function(properties) {
                return new FileGet(properties);
            };

            FileGet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fileId != null && $Object.hasOwnProperty.call(message, "fileId") && message.fileId !== "")
                    writer.uint32(10).string(message.fileId);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(16).uint64(message.offset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FileGet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.FileGet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fileId = value;
                            else
                                delete message.fileId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FileGet.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.FileGet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.FileGet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.FileGet();
                if (object.fileId != null)
                    if (typeof object.fileId !== "string" || object.fileId.length)
                        message.fileId = $String(object.fileId);
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                return message;
            };

            FileGet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fileId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.fileId != null && $Object.hasOwnProperty.call(message, "fileId"))
                    object.fileId = message.fileId;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                return object;
            };

            FileGet.prototype.toJSON = function() {
                return FileGet.toObject(this, $protobuf.util.toJSONOptions);
            };

            FileGet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.FileGet";
            };

            return FileGet;
        })();

        v1.FileDownloadStart = (function() {

            const FileDownloadStart = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FileDownloadStart.prototype.file = null;
            FileDownloadStart.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            FileDownloadStart.create = function(properties) {
                return new FileDownloadStart(properties);
            };

            FileDownloadStart.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    $root.parley.v1.FileInfo.encode(message.file, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(16).uint64(message.offset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FileDownloadStart.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.FileDownloadStart();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.file = $root.parley.v1.FileInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.file);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FileDownloadStart.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.FileDownloadStart)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.FileDownloadStart: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.FileDownloadStart();
                if (object.file != null) {
                    if (!$util.isObject(object.file))
                        throw $TypeError(".parley.v1.FileDownloadStart.file: object expected");
                    message.file = $root.parley.v1.FileInfo.fromObject(object.file, _depth + 1);
                }
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                return message;
            };

            FileDownloadStart.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.file = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    object.file = $root.parley.v1.FileInfo.toObject(message.file, options, _depth + 1);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                return object;
            };

            FileDownloadStart.prototype.toJSON = function() {
                return FileDownloadStart.toObject(this, $protobuf.util.toJSONOptions);
            };

            FileDownloadStart.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.FileDownloadStart";
            };

            return FileDownloadStart;
        })();

        v1.FileDownloadDone = (function() {

            const FileDownloadDone = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FileDownloadDone.prototype.fileId = "";

            FileDownloadDone.create = function(properties) {
                return new FileDownloadDone(properties);
            };

            FileDownloadDone.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fileId != null && $Object.hasOwnProperty.call(message, "fileId") && message.fileId !== "")
                    writer.uint32(10).string(message.fileId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FileDownloadDone.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.FileDownloadDone();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fileId = value;
                            else
                                delete message.fileId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FileDownloadDone.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.FileDownloadDone)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.FileDownloadDone: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.FileDownloadDone();
                if (object.fileId != null)
                    if (typeof object.fileId !== "string" || object.fileId.length)
                        message.fileId = $String(object.fileId);
                return message;
            };

            FileDownloadDone.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.fileId = "";
                if (message.fileId != null && $Object.hasOwnProperty.call(message, "fileId"))
                    object.fileId = message.fileId;
                return object;
            };

            FileDownloadDone.prototype.toJSON = function() {
                return FileDownloadDone.toObject(this, $protobuf.util.toJSONOptions);
            };

            FileDownloadDone.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.FileDownloadDone";
            };

            return FileDownloadDone;
        })();

        v1.FileCancel = (function() {

            const FileCancel = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FileCancel.prototype.id = "";
            FileCancel.prototype.reason = "";

            FileCancel.create = function(properties) {
                return new FileCancel(properties);
            };

            FileCancel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FileCancel.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.FileCancel();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FileCancel.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.FileCancel)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.FileCancel: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.FileCancel();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            FileCancel.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.reason = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            FileCancel.prototype.toJSON = function() {
                return FileCancel.toObject(this, $protobuf.util.toJSONOptions);
            };

            FileCancel.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.FileCancel";
            };

            return FileCancel;
        })();

        v1.AdminAuth = (function() {

            const AdminAuth = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminAuth.prototype.token = "";

            AdminAuth.create = function(properties) {
                return new AdminAuth(properties);
            };

            AdminAuth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(10).string(message.token);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminAuth.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminAuth();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminAuth.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminAuth)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminAuth: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminAuth();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                return message;
            };

            AdminAuth.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.token = "";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                return object;
            };

            AdminAuth.prototype.toJSON = function() {
                return AdminAuth.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminAuth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminAuth";
            };

            return AdminAuth;
        })();

        v1.SessionState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SESSION_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SESSION_STATE_HANDSHAKE"] = 1;
            values[valuesById[2] = "SESSION_STATE_LOGIN"] = 2;
            values[valuesById[3] = "SESSION_STATE_ONLINE"] = 3;
            values[valuesById[4] = "SESSION_STATE_CLOSING"] = 4;
            return values;
        })();

        v1.SessionTransport = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SESSION_TRANSPORT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SESSION_TRANSPORT_TCP"] = 1;
            values[valuesById[2] = "SESSION_TRANSPORT_TLS"] = 2;
            values[valuesById[3] = "SESSION_TRANSPORT_WEBSOCKET"] = 3;
            values[valuesById[4] = "SESSION_TRANSPORT_WEBSOCKET_TLS"] = 4;
            return values;
        })();

        v1.SessionInfo = (function() {

            const SessionInfo = function (properties) {
                this.rooms = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SessionInfo.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SessionInfo.prototype.nick = "";
            SessionInfo.prototype.remoteAddress = "";
            SessionInfo.prototype.remotePort = 0;
            SessionInfo.prototype.clientName = "";
            SessionInfo.prototype.clientVersion = "";
            SessionInfo.prototype.connectedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SessionInfo.prototype.idleMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SessionInfo.prototype.rooms = $util.emptyArray;
            SessionInfo.prototype.messagesIn = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SessionInfo.prototype.messagesOut = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SessionInfo.prototype.bytesIn = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SessionInfo.prototype.bytesOut = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SessionInfo.prototype.sendQueueBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SessionInfo.prototype.rttMs = 0;
            SessionInfo.prototype.state = 0;
            SessionInfo.prototype.transport = 0;
            SessionInfo.prototype.account = "";

            SessionInfo.create = function(properties) {
                return new SessionInfo(properties);
            };

            SessionInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(8).uint64(message.id);
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick") && message.nick !== "")
                    writer.uint32(18).string(message.nick);
                if (message.remoteAddress != null && $Object.hasOwnProperty.call(message, "remoteAddress") && message.remoteAddress !== "")
                    writer.uint32(26).string(message.remoteAddress);
                if (message.remotePort != null && $Object.hasOwnProperty.call(message, "remotePort") && message.remotePort !== 0)
                    writer.uint32(32).uint32(message.remotePort);
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName") && message.clientName !== "")
                    writer.uint32(42).string(message.clientName);
                if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion") && message.clientVersion !== "")
                    writer.uint32(50).string(message.clientVersion);
                if (message.connectedAtMs != null && $Object.hasOwnProperty.call(message, "connectedAtMs") && (typeof message.connectedAtMs === "object" ? message.connectedAtMs.low || message.connectedAtMs.high : message.connectedAtMs !== 0))
                    writer.uint32(56).uint64(message.connectedAtMs);
                if (message.idleMs != null && $Object.hasOwnProperty.call(message, "idleMs") && (typeof message.idleMs === "object" ? message.idleMs.low || message.idleMs.high : message.idleMs !== 0))
                    writer.uint32(64).uint64(message.idleMs);
                if (message.rooms != null && message.rooms.length)
                    for (let i = 0; i < message.rooms.length; ++i)
                        writer.uint32(74).string(message.rooms[i]);
                if (message.messagesIn != null && $Object.hasOwnProperty.call(message, "messagesIn") && (typeof message.messagesIn === "object" ? message.messagesIn.low || message.messagesIn.high : message.messagesIn !== 0))
                    writer.uint32(80).uint64(message.messagesIn);
                if (message.messagesOut != null && $Object.hasOwnProperty.call(message, "messagesOut") && (typeof message.messagesOut === "object" ? message.messagesOut.low || message.messagesOut.high : message.messagesOut !== 0))
                    writer.uint32(88).uint64(message.messagesOut);
                if (message.bytesIn != null && $Object.hasOwnProperty.call(message, "bytesIn") && (typeof message.bytesIn === "object" ? message.bytesIn.low || message.bytesIn.high : message.bytesIn !== 0))
                    writer.uint32(96).uint64(message.bytesIn);
                if (message.bytesOut != null && $Object.hasOwnProperty.call(message, "bytesOut") && (typeof message.bytesOut === "object" ? message.bytesOut.low || message.bytesOut.high : message.bytesOut !== 0))
                    writer.uint32(104).uint64(message.bytesOut);
                if (message.sendQueueBytes != null && $Object.hasOwnProperty.call(message, "sendQueueBytes") && (typeof message.sendQueueBytes === "object" ? message.sendQueueBytes.low || message.sendQueueBytes.high : message.sendQueueBytes !== 0))
                    writer.uint32(112).uint64(message.sendQueueBytes);
                if (message.rttMs != null && $Object.hasOwnProperty.call(message, "rttMs") && message.rttMs !== 0)
                    writer.uint32(120).uint32(message.rttMs);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(128).int32(message.state);
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport") && message.transport !== 0)
                    writer.uint32(136).int32(message.transport);
                if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account !== "")
                    writer.uint32(146).string(message.account);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SessionInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.SessionInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nick = value;
                            else
                                delete message.nick;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.remoteAddress = value;
                            else
                                delete message.remoteAddress;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.remotePort = value;
                            else
                                delete message.remotePort;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientName = value;
                            else
                                delete message.clientName;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientVersion = value;
                            else
                                delete message.clientVersion;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.connectedAtMs = value;
                            else
                                delete message.connectedAtMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.idleMs = value;
                            else
                                delete message.idleMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rooms && message.rooms.length))
                                message.rooms = [];
                            message.rooms.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.messagesIn = value;
                            else
                                delete message.messagesIn;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.messagesOut = value;
                            else
                                delete message.messagesOut;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesIn = value;
                            else
                                delete message.bytesIn;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesOut = value;
                            else
                                delete message.bytesOut;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sendQueueBytes = value;
                            else
                                delete message.sendQueueBytes;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rttMs = value;
                            else
                                delete message.rttMs;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.transport = value;
                            else
                                delete message.transport;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.account = value;
                            else
                                delete message.account;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SessionInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.SessionInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.SessionInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.SessionInfo();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.nick != null)
                    if (typeof object.nick !== "string" || object.nick.length)
                        message.nick = $String(object.nick);
                if (object.remoteAddress != null)
                    if (typeof object.remoteAddress !== "string" || object.remoteAddress.length)
                        message.remoteAddress = $String(object.remoteAddress);
                if (object.remotePort != null)
                    if ($Number(object.remotePort) !== 0)
                        message.remotePort = object.remotePort >>> 0;
                if (object.clientName != null)
                    if (typeof object.clientName !== "string" || object.clientName.length)
                        message.clientName = $String(object.clientName);
                if (object.clientVersion != null)
                    if (typeof object.clientVersion !== "string" || object.clientVersion.length)
                        message.clientVersion = $String(object.clientVersion);
                if (object.connectedAtMs != null)
                    if (typeof object.connectedAtMs === "object" ? object.connectedAtMs.low || object.connectedAtMs.high : $Number(object.connectedAtMs) !== 0)
                        if ($util.Long)
                            message.connectedAtMs = $util.Long.fromValue(object.connectedAtMs, true);
                        else if (typeof object.connectedAtMs === "string")
                            message.connectedAtMs = $parseInt(object.connectedAtMs, 10);
                        else if (typeof object.connectedAtMs === "number")
                            message.connectedAtMs = object.connectedAtMs;
                        else if (typeof object.connectedAtMs === "object")
                            message.connectedAtMs = new $util.LongBits(object.connectedAtMs.low >>> 0, object.connectedAtMs.high >>> 0).toNumber(true);
                if (object.idleMs != null)
                    if (typeof object.idleMs === "object" ? object.idleMs.low || object.idleMs.high : $Number(object.idleMs) !== 0)
                        if ($util.Long)
                            message.idleMs = $util.Long.fromValue(object.idleMs, true);
                        else if (typeof object.idleMs === "string")
                            message.idleMs = $parseInt(object.idleMs, 10);
                        else if (typeof object.idleMs === "number")
                            message.idleMs = object.idleMs;
                        else if (typeof object.idleMs === "object")
                            message.idleMs = new $util.LongBits(object.idleMs.low >>> 0, object.idleMs.high >>> 0).toNumber(true);
                if (object.rooms) {
                    if (!$Array.isArray(object.rooms))
                        throw $TypeError(".parley.v1.SessionInfo.rooms: array expected");
                    message.rooms = $Array(object.rooms.length);
                    for (let i = 0; i < object.rooms.length; ++i)
                        message.rooms[i] = $String(object.rooms[i]);
                }
                if (object.messagesIn != null)
                    if (typeof object.messagesIn === "object" ? object.messagesIn.low || object.messagesIn.high : $Number(object.messagesIn) !== 0)
                        if ($util.Long)
                            message.messagesIn = $util.Long.fromValue(object.messagesIn, true);
                        else if (typeof object.messagesIn === "string")
                            message.messagesIn = $parseInt(object.messagesIn, 10);
                        else if (typeof object.messagesIn === "number")
                            message.messagesIn = object.messagesIn;
                        else if (typeof object.messagesIn === "object")
                            message.messagesIn = new $util.LongBits(object.messagesIn.low >>> 0, object.messagesIn.high >>> 0).toNumber(true);
                if (object.messagesOut != null)
                    if (typeof object.messagesOut === "object" ? object.messagesOut.low || object.messagesOut.high : $Number(object.messagesOut) !== 0)
                        if ($util.Long)
                            message.messagesOut = $util.Long.fromValue(object.messagesOut, true);
                        else if (typeof object.messagesOut === "string")
                            message.messagesOut = $parseInt(object.messagesOut, 10);
                        else if (typeof object.messagesOut === "number")
                            message.messagesOut = object.messagesOut;
                        else if (typeof object.messagesOut === "object")
                            message.messagesOut = new $util.LongBits(object.messagesOut.low >>> 0, object.messagesOut.high >>> 0).toNumber(true);
                if (object.bytesIn != null)
                    if (typeof object.bytesIn === "object" ? object.bytesIn.low || object.bytesIn.high : $Number(object.bytesIn) !== 0)
                        if ($util.Long)
                            message.bytesIn = $util.Long.fromValue(object.bytesIn, true);
                        else if (typeof object.bytesIn === "string")
                            message.bytesIn = $parseInt(object.bytesIn, 10);
                        else if (typeof object.bytesIn === "number")
                            message.bytesIn = object.bytesIn;
                        else if (typeof object.bytesIn === "object")
                            message.bytesIn = new $util.LongBits(object.bytesIn.low >>> 0, object.bytesIn.high >>> 0).toNumber(true);
                if (object.bytesOut != null)
                    if (typeof object.bytesOut === "object" ? object.bytesOut.low || object.bytesOut.high : $Number(object.bytesOut) !== 0)
                        if ($util.Long)
                            message.bytesOut = $util.Long.fromValue(object.bytesOut, true);
                        else if (typeof object.bytesOut === "string")
                            message.bytesOut = $parseInt(object.bytesOut, 10);
                        else if (typeof object.bytesOut === "number")
                            message.bytesOut = object.bytesOut;
                        else if (typeof object.bytesOut === "object")
                            message.bytesOut = new $util.LongBits(object.bytesOut.low >>> 0, object.bytesOut.high >>> 0).toNumber(true);
                if (object.sendQueueBytes != null)
                    if (typeof object.sendQueueBytes === "object" ? object.sendQueueBytes.low || object.sendQueueBytes.high : $Number(object.sendQueueBytes) !== 0)
                        if ($util.Long)
                            message.sendQueueBytes = $util.Long.fromValue(object.sendQueueBytes, true);
                        else if (typeof object.sendQueueBytes === "string")
                            message.sendQueueBytes = $parseInt(object.sendQueueBytes, 10);
                        else if (typeof object.sendQueueBytes === "number")
                            message.sendQueueBytes = object.sendQueueBytes;
                        else if (typeof object.sendQueueBytes === "object")
                            message.sendQueueBytes = new $util.LongBits(object.sendQueueBytes.low >>> 0, object.sendQueueBytes.high >>> 0).toNumber(true);
                if (object.rttMs != null)
                    if ($Number(object.rttMs) !== 0)
                        message.rttMs = object.rttMs >>> 0;
                if (object.state !== 0 && (typeof object.state !== "string" || $root.parley.v1.SessionState[object.state] !== 0))
                    switch (object.state) {
                    case "SESSION_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "SESSION_STATE_HANDSHAKE":
                    case 1:
                        message.state = 1;
                        break;
                    case "SESSION_STATE_LOGIN":
                    case 2:
                        message.state = 2;
                        break;
                    case "SESSION_STATE_ONLINE":
                    case 3:
                        message.state = 3;
                        break;
                    case "SESSION_STATE_CLOSING":
                    case 4:
                        message.state = 4;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.transport !== 0 && (typeof object.transport !== "string" || $root.parley.v1.SessionTransport[object.transport] !== 0))
                    switch (object.transport) {
                    case "SESSION_TRANSPORT_UNSPECIFIED":
                    case 0:
                        message.transport = 0;
                        break;
                    case "SESSION_TRANSPORT_TCP":
                    case 1:
                        message.transport = 1;
                        break;
                    case "SESSION_TRANSPORT_TLS":
                    case 2:
                        message.transport = 2;
                        break;
                    case "SESSION_TRANSPORT_WEBSOCKET":
                    case 3:
                        message.transport = 3;
                        break;
                    case "SESSION_TRANSPORT_WEBSOCKET_TLS":
                    case 4:
                        message.transport = 4;
                        break;
                    default:
                        if (typeof object.transport === "number" && (object.transport | 0) === object.transport)
                            message.transport = object.transport;
                    }
                if (object.account != null)
                    if (typeof object.account !== "string" || object.account.length)
                        message.account = $String(object.account);
                return message;
            };

            SessionInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.rooms = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nick = "";
                    object.remoteAddress = "";
                    object.remotePort = 0;
                    object.clientName = "";
                    object.clientVersion = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.connectedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.connectedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.idleMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.idleMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.messagesIn = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.messagesIn = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.messagesOut = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.messagesOut = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesIn = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesIn = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesOut = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesOut = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sendQueueBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sendQueueBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.rttMs = 0;
                    object.state = options.enums === $String ? "SESSION_STATE_UNSPECIFIED" : 0;
                    object.transport = options.enums === $String ? "SESSION_TRANSPORT_UNSPECIFIED" : 0;
                    object.account = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    object.nick = message.nick;
                if (message.remoteAddress != null && $Object.hasOwnProperty.call(message, "remoteAddress"))
                    object.remoteAddress = message.remoteAddress;
                if (message.remotePort != null && $Object.hasOwnProperty.call(message, "remotePort"))
                    object.remotePort = message.remotePort;
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName"))
                    object.clientName = message.clientName;
                if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion"))
                    object.clientVersion = message.clientVersion;
                if (message.connectedAtMs != null && $Object.hasOwnProperty.call(message, "connectedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.connectedAtMs = typeof message.connectedAtMs === "number" ? $BigInt(message.connectedAtMs) : $util.Long.fromBits(message.connectedAtMs.low >>> 0, message.connectedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.connectedAtMs === "number")
                        object.connectedAtMs = options.longs === $String ? $String(message.connectedAtMs) : message.connectedAtMs;
                    else
                        object.connectedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.connectedAtMs) : options.longs === $Number ? new $util.LongBits(message.connectedAtMs.low >>> 0, message.connectedAtMs.high >>> 0).toNumber(true) : message.connectedAtMs;
                if (message.idleMs != null && $Object.hasOwnProperty.call(message, "idleMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.idleMs = typeof message.idleMs === "number" ? $BigInt(message.idleMs) : $util.Long.fromBits(message.idleMs.low >>> 0, message.idleMs.high >>> 0, true).toBigInt();
                    else if (typeof message.idleMs === "number")
                        object.idleMs = options.longs === $String ? $String(message.idleMs) : message.idleMs;
                    else
                        object.idleMs = options.longs === $String ? $util.Long.prototype.toString.call(message.idleMs) : options.longs === $Number ? new $util.LongBits(message.idleMs.low >>> 0, message.idleMs.high >>> 0).toNumber(true) : message.idleMs;
                if (message.rooms && message.rooms.length) {
                    object.rooms = $Array(message.rooms.length);
                    for (let j = 0; j < message.rooms.length; ++j)
                        object.rooms[j] = message.rooms[j];
                }
                if (message.messagesIn != null && $Object.hasOwnProperty.call(message, "messagesIn"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.messagesIn = typeof message.messagesIn === "number" ? $BigInt(message.messagesIn) : $util.Long.fromBits(message.messagesIn.low >>> 0, message.messagesIn.high >>> 0, true).toBigInt();
                    else if (typeof message.messagesIn === "number")
                        object.messagesIn = options.longs === $String ? $String(message.messagesIn) : message.messagesIn;
                    else
                        object.messagesIn = options.longs === $String ? $util.Long.prototype.toString.call(message.messagesIn) : options.longs === $Number ? new $util.LongBits(message.messagesIn.low >>> 0, message.messagesIn.high >>> 0).toNumber(true) : message.messagesIn;
                if (message.messagesOut != null && $Object.hasOwnProperty.call(message, "messagesOut"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.messagesOut = typeof message.messagesOut === "number" ? $BigInt(message.messagesOut) : $util.Long.fromBits(message.messagesOut.low >>> 0, message.messagesOut.high >>> 0, true).toBigInt();
                    else if (typeof message.messagesOut === "number")
                        object.messagesOut = options.longs === $String ? $String(message.messagesOut) : message.messagesOut;
                    else
                        object.messagesOut = options.longs === $String ? $util.Long.prototype.toString.call(message.messagesOut) : options.longs === $Number ? new $util.LongBits(message.messagesOut.low >>> 0, message.messagesOut.high >>> 0).toNumber(true) : message.messagesOut;
                if (message.bytesIn != null && $Object.hasOwnProperty.call(message, "bytesIn"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesIn = typeof message.bytesIn === "number" ? $BigInt(message.bytesIn) : $util.Long.fromBits(message.bytesIn.low >>> 0, message.bytesIn.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesIn === "number")
                        object.bytesIn = options.longs === $String ? $String(message.bytesIn) : message.bytesIn;
                    else
                        object.bytesIn = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesIn) : options.longs === $Number ? new $util.LongBits(message.bytesIn.low >>> 0, message.bytesIn.high >>> 0).toNumber(true) : message.bytesIn;
                if (message.bytesOut != null && $Object.hasOwnProperty.call(message, "bytesOut"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesOut = typeof message.bytesOut === "number" ? $BigInt(message.bytesOut) : $util.Long.fromBits(message.bytesOut.low >>> 0, message.bytesOut.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesOut === "number")
                        object.bytesOut = options.longs === $String ? $String(message.bytesOut) : message.bytesOut;
                    else
                        object.bytesOut = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesOut) : options.longs === $Number ? new $util.LongBits(message.bytesOut.low >>> 0, message.bytesOut.high >>> 0).toNumber(true) : message.bytesOut;
                if (message.sendQueueBytes != null && $Object.hasOwnProperty.call(message, "sendQueueBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sendQueueBytes = typeof message.sendQueueBytes === "number" ? $BigInt(message.sendQueueBytes) : $util.Long.fromBits(message.sendQueueBytes.low >>> 0, message.sendQueueBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sendQueueBytes === "number")
                        object.sendQueueBytes = options.longs === $String ? $String(message.sendQueueBytes) : message.sendQueueBytes;
                    else
                        object.sendQueueBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sendQueueBytes) : options.longs === $Number ? new $util.LongBits(message.sendQueueBytes.low >>> 0, message.sendQueueBytes.high >>> 0).toNumber(true) : message.sendQueueBytes;
                if (message.rttMs != null && $Object.hasOwnProperty.call(message, "rttMs"))
                    object.rttMs = message.rttMs;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.parley.v1.SessionState[message.state] === $undefined ? message.state : $root.parley.v1.SessionState[message.state] : message.state;
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport"))
                    object.transport = options.enums === $String ? $root.parley.v1.SessionTransport[message.transport] === $undefined ? message.transport : $root.parley.v1.SessionTransport[message.transport] : message.transport;
                if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                    object.account = message.account;
                return object;
            };

            SessionInfo.prototype.toJSON = function() {
                return SessionInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            SessionInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.SessionInfo";
            };

            return SessionInfo;
        })();

        v1.SessionFilter = (function() {

            const SessionFilter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SessionFilter.prototype.nick = "";
            SessionFilter.prototype.room = "";
            SessionFilter.prototype.address = "";
            SessionFilter.prototype.idleGtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SessionFilter.prototype.ageGtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            SessionFilter.create = function(properties) {
                return new SessionFilter(properties);
            };

            SessionFilter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick") && message.nick !== "")
                    writer.uint32(10).string(message.nick);
                if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                    writer.uint32(18).string(message.room);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(26).string(message.address);
                if (message.idleGtMs != null && $Object.hasOwnProperty.call(message, "idleGtMs") && (typeof message.idleGtMs === "object" ? message.idleGtMs.low || message.idleGtMs.high : message.idleGtMs !== 0))
                    writer.uint32(32).uint64(message.idleGtMs);
                if (message.ageGtMs != null && $Object.hasOwnProperty.call(message, "ageGtMs") && (typeof message.ageGtMs === "object" ? message.ageGtMs.low || message.ageGtMs.high : message.ageGtMs !== 0))
                    writer.uint32(40).uint64(message.ageGtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SessionFilter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.SessionFilter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nick = value;
                            else
                                delete message.nick;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.room = value;
                            else
                                delete message.room;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.idleGtMs = value;
                            else
                                delete message.idleGtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ageGtMs = value;
                            else
                                delete message.ageGtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SessionFilter.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.SessionFilter)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.SessionFilter: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.SessionFilter();
                if (object.nick != null)
                    if (typeof object.nick !== "string" || object.nick.length)
                        message.nick = $String(object.nick);
                if (object.room != null)
                    if (typeof object.room !== "string" || object.room.length)
                        message.room = $String(object.room);
                if (object.address != null)
                    if (typeof object.address !== "string" || object.address.length)
                        message.address = $String(object.address);
                if (object.idleGtMs != null)
                    if (typeof object.idleGtMs === "object" ? object.idleGtMs.low || object.idleGtMs.high : $Number(object.idleGtMs) !== 0)
                        if ($util.Long)
                            message.idleGtMs = $util.Long.fromValue(object.idleGtMs, true);
                        else if (typeof object.idleGtMs === "string")
                            message.idleGtMs = $parseInt(object.idleGtMs, 10);
                        else if (typeof object.idleGtMs === "number")
                            message.idleGtMs = object.idleGtMs;
                        else if (typeof object.idleGtMs === "object")
                            message.idleGtMs = new $util.LongBits(object.idleGtMs.low >>> 0, object.idleGtMs.high >>> 0).toNumber(true);
                if (object.ageGtMs != null)
                    if (typeof object.ageGtMs === "object" ? object.ageGtMs.low || object.ageGtMs.high : $Number(object.ageGtMs) !== 0)
                        if ($util.Long)
                            message.ageGtMs = $util.Long.fromValue(object.ageGtMs, true);
                        else if (typeof object.ageGtMs === "string")
                            message.ageGtMs = $parseInt(object.ageGtMs, 10);
                        else if (typeof object.ageGtMs === "number")
                            message.ageGtMs = object.ageGtMs;
                        else if (typeof object.ageGtMs === "object")
                            message.ageGtMs = new $util.LongBits(object.ageGtMs.low >>> 0, object.ageGtMs.high >>> 0).toNumber(true);
                return message;
            };

            SessionFilter.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.nick = "";
                    object.room = "";
                    object.address = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.idleGtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.idleGtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.ageGtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ageGtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    object.nick = message.nick;
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    object.room = message.room;
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                if (message.idleGtMs != null && $Object.hasOwnProperty.call(message, "idleGtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.idleGtMs = typeof message.idleGtMs === "number" ? $BigInt(message.idleGtMs) : $util.Long.fromBits(message.idleGtMs.low >>> 0, message.idleGtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.idleGtMs === "number")
                        object.idleGtMs = options.longs === $String ? $String(message.idleGtMs) : message.idleGtMs;
                    else
                        object.idleGtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.idleGtMs) : options.longs === $Number ? new $util.LongBits(message.idleGtMs.low >>> 0, message.idleGtMs.high >>> 0).toNumber(true) : message.idleGtMs;
                if (message.ageGtMs != null && $Object.hasOwnProperty.call(message, "ageGtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ageGtMs = typeof message.ageGtMs === "number" ? $BigInt(message.ageGtMs) : $util.Long.fromBits(message.ageGtMs.low >>> 0, message.ageGtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.ageGtMs === "number")
                        object.ageGtMs = options.longs === $String ? $String(message.ageGtMs) : message.ageGtMs;
                    else
                        object.ageGtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.ageGtMs) : options.longs === $Number ? new $util.LongBits(message.ageGtMs.low >>> 0, message.ageGtMs.high >>> 0).toNumber(true) : message.ageGtMs;
                return object;
            };

            SessionFilter.prototype.toJSON = function() {
                return SessionFilter.toObject(this, $protobuf.util.toJSONOptions);
            };

            SessionFilter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.SessionFilter";
            };

            return SessionFilter;
        })();

        v1.AdminListSessions = (function() {

            const AdminListSessions = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminListSessions.prototype.filter = null;
            AdminListSessions.prototype.cursor = "";
            AdminListSessions.prototype.limit = 0;

            AdminListSessions.create = function(properties) {
                return new AdminListSessions(properties);
            };

            AdminListSessions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    $root.parley.v1.SessionFilter.encode(message.filter, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                    writer.uint32(18).string(message.cursor);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(24).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminListSessions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminListSessions();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.filter = $root.parley.v1.SessionFilter.decode(reader, reader.size(), $undefined, _depth + 1, message.filter);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminListSessions.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminListSessions)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminListSessions: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminListSessions();
                if (object.filter != null) {
                    if (!$util.isObject(object.filter))
                        throw $TypeError(".parley.v1.AdminListSessions.filter: object expected");
                    message.filter = $root.parley.v1.SessionFilter.fromObject(object.filter, _depth + 1);
                }
                if (object.cursor != null)
                    if (typeof object.cursor !== "string" || object.cursor.length)
                        message.cursor = $String(object.cursor);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            AdminListSessions.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.filter = null;
                    object.cursor = "";
                    object.limit = 0;
                }
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    object.filter = $root.parley.v1.SessionFilter.toObject(message.filter, options, _depth + 1);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            AdminListSessions.prototype.toJSON = function() {
                return AdminListSessions.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminListSessions.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminListSessions";
            };

            return AdminListSessions;
        })();

        v1.AdminSessionList = (function() {

            const AdminSessionList = function (properties) {
                this.sessions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminSessionList.prototype.sessions = $util.emptyArray;
            AdminSessionList.prototype.nextCursor = "";

            AdminSessionList.create = function(properties) {
                return new AdminSessionList(properties);
            };

            AdminSessionList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessions != null && message.sessions.length)
                    for (let i = 0; i < message.sessions.length; ++i)
                        $root.parley.v1.SessionInfo.encode(message.sessions[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && message.nextCursor !== "")
                    writer.uint32(18).string(message.nextCursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminSessionList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminSessionList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sessions && message.sessions.length))
                                message.sessions = [];
                            message.sessions.push($root.parley.v1.SessionInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nextCursor = value;
                            else
                                delete message.nextCursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminSessionList.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminSessionList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminSessionList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminSessionList();
                if (object.sessions) {
                    if (!$Array.isArray(object.sessions))
                        throw $TypeError(".parley.v1.AdminSessionList.sessions: array expected");
                    message.sessions = $Array(object.sessions.length);
                    for (let i = 0; i < object.sessions.length; ++i) {
                        if (!$util.isObject(object.sessions[i]))
                            throw $TypeError(".parley.v1.AdminSessionList.sessions: object expected");
                        message.sessions[i] = $root.parley.v1.SessionInfo.fromObject(object.sessions[i], _depth + 1);
                    }
                }
                if (object.nextCursor != null)
                    if (typeof object.nextCursor !== "string" || object.nextCursor.length)
                        message.nextCursor = $String(object.nextCursor);
                return message;
            };

            AdminSessionList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.sessions = [];
                if (options.defaults)
                    object.nextCursor = "";
                if (message.sessions && message.sessions.length) {
                    object.sessions = $Array(message.sessions.length);
                    for (let j = 0; j < message.sessions.length; ++j)
                        object.sessions[j] = $root.parley.v1.SessionInfo.toObject(message.sessions[j], options, _depth + 1);
                }
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                    object.nextCursor = message.nextCursor;
                return object;
            };

            AdminSessionList.prototype.toJSON = function() {
                return AdminSessionList.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminSessionList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminSessionList";
            };

            return AdminSessionList;
        })();

        v1.AdminGetSession = (function() {

            const AdminGetSession = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminGetSession.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            AdminGetSession.create = function(properties) {
                return new AdminGetSession(properties);
            };

            AdminGetSession.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && (typeof message.sessionId === "object" ? message.sessionId.low || message.sessionId.high : message.sessionId !== 0))
                    writer.uint32(8).uint64(message.sessionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminGetSession.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminGetSession();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminGetSession.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminGetSession)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminGetSession: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminGetSession();
                if (object.sessionId != null)
                    if (typeof object.sessionId === "object" ? object.sessionId.low || object.sessionId.high : $Number(object.sessionId) !== 0)
                        if ($util.Long)
                            message.sessionId = $util.Long.fromValue(object.sessionId, true);
                        else if (typeof object.sessionId === "string")
                            message.sessionId = $parseInt(object.sessionId, 10);
                        else if (typeof object.sessionId === "number")
                            message.sessionId = object.sessionId;
                        else if (typeof object.sessionId === "object")
                            message.sessionId = new $util.LongBits(object.sessionId.low >>> 0, object.sessionId.high >>> 0).toNumber(true);
                return message;
            };

            AdminGetSession.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sessionId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sessionId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sessionId = typeof message.sessionId === "number" ? $BigInt(message.sessionId) : $util.Long.fromBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0, true).toBigInt();
                    else if (typeof message.sessionId === "number")
                        object.sessionId = options.longs === $String ? $String(message.sessionId) : message.sessionId;
                    else
                        object.sessionId = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionId) : options.longs === $Number ? new $util.LongBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0).toNumber(true) : message.sessionId;
                return object;
            };

            AdminGetSession.prototype.toJSON = function() {
                return AdminGetSession.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminGetSession.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminGetSession";
            };

            return AdminGetSession;
        })();

        v1.AdminSessionDetail = (function() {

            const AdminSessionDetail = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminSessionDetail.prototype.session = null;

            AdminSessionDetail.create = function(properties) {
                return new AdminSessionDetail(properties);
            };

            AdminSessionDetail.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.session != null && $Object.hasOwnProperty.call(message, "session"))
                    $root.parley.v1.SessionInfo.encode(message.session, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminSessionDetail.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminSessionDetail();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.session = $root.parley.v1.SessionInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.session);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminSessionDetail.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminSessionDetail)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminSessionDetail: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminSessionDetail();
                if (object.session != null) {
                    if (!$util.isObject(object.session))
                        throw $TypeError(".parley.v1.AdminSessionDetail.session: object expected");
                    message.session = $root.parley.v1.SessionInfo.fromObject(object.session, _depth + 1);
                }
                return message;
            };

            AdminSessionDetail.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.session = null;
                if (message.session != null && $Object.hasOwnProperty.call(message, "session"))
                    object.session = $root.parley.v1.SessionInfo.toObject(message.session, options, _depth + 1);
                return object;
            };

            AdminSessionDetail.prototype.toJSON = function() {
                return AdminSessionDetail.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminSessionDetail.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminSessionDetail";
            };

            return AdminSessionDetail;
        })();

        v1.Ban = (function() {

            const Ban = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Ban.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Ban.prototype.nick = "";
            Ban.prototype.address = "";
            Ban.prototype.reason = "";
            Ban.prototype.by = "";
            Ban.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Ban.prototype.untilMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Ban.prototype.permanent = false;

            Ban.create = function(properties) {
                return new Ban(properties);
            };

            Ban.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(8).uint64(message.id);
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick") && message.nick !== "")
                    writer.uint32(18).string(message.nick);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(26).string(message.address);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(34).string(message.reason);
                if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== "")
                    writer.uint32(42).string(message.by);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(48).uint64(message.createdAtMs);
                if (message.untilMs != null && $Object.hasOwnProperty.call(message, "untilMs") && (typeof message.untilMs === "object" ? message.untilMs.low || message.untilMs.high : message.untilMs !== 0))
                    writer.uint32(56).uint64(message.untilMs);
                if (message.permanent != null && $Object.hasOwnProperty.call(message, "permanent") && message.permanent !== false)
                    writer.uint32(64).bool(message.permanent);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Ban.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Ban();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nick = value;
                            else
                                delete message.nick;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.by = value;
                            else
                                delete message.by;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.untilMs = value;
                            else
                                delete message.untilMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.permanent = value;
                            else
                                delete message.permanent;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Ban.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Ban)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Ban: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Ban();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.nick != null)
                    if (typeof object.nick !== "string" || object.nick.length)
                        message.nick = $String(object.nick);
                if (object.address != null)
                    if (typeof object.address !== "string" || object.address.length)
                        message.address = $String(object.address);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.by != null)
                    if (typeof object.by !== "string" || object.by.length)
                        message.by = $String(object.by);
                if (object.createdAtMs != null)
                    if (typeof object.createdAtMs === "object" ? object.createdAtMs.low || object.createdAtMs.high : $Number(object.createdAtMs) !== 0)
                        if ($util.Long)
                            message.createdAtMs = $util.Long.fromValue(object.createdAtMs, true);
                        else if (typeof object.createdAtMs === "string")
                            message.createdAtMs = $parseInt(object.createdAtMs, 10);
                        else if (typeof object.createdAtMs === "number")
                            message.createdAtMs = object.createdAtMs;
                        else if (typeof object.createdAtMs === "object")
                            message.createdAtMs = new $util.LongBits(object.createdAtMs.low >>> 0, object.createdAtMs.high >>> 0).toNumber(true);
                if (object.untilMs != null)
                    if (typeof object.untilMs === "object" ? object.untilMs.low || object.untilMs.high : $Number(object.untilMs) !== 0)
                        if ($util.Long)
                            message.untilMs = $util.Long.fromValue(object.untilMs, true);
                        else if (typeof object.untilMs === "string")
                            message.untilMs = $parseInt(object.untilMs, 10);
                        else if (typeof object.untilMs === "number")
                            message.untilMs = object.untilMs;
                        else if (typeof object.untilMs === "object")
                            message.untilMs = new $util.LongBits(object.untilMs.low >>> 0, object.untilMs.high >>> 0).toNumber(true);
                if (object.permanent != null)
                    if (object.permanent)
                        message.permanent = $Boolean(object.permanent);
                return message;
            };

            Ban.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nick = "";
                    object.address = "";
                    object.reason = "";
                    object.by = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.createdAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.untilMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.untilMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.permanent = false;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    object.nick = message.nick;
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    object.by = message.by;
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAtMs = typeof message.createdAtMs === "number" ? $BigInt(message.createdAtMs) : $util.Long.fromBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.createdAtMs === "number")
                        object.createdAtMs = options.longs === $String ? $String(message.createdAtMs) : message.createdAtMs;
                    else
                        object.createdAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAtMs) : options.longs === $Number ? new $util.LongBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0).toNumber(true) : message.createdAtMs;
                if (message.untilMs != null && $Object.hasOwnProperty.call(message, "untilMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.untilMs = typeof message.untilMs === "number" ? $BigInt(message.untilMs) : $util.Long.fromBits(message.untilMs.low >>> 0, message.untilMs.high >>> 0, true).toBigInt();
                    else if (typeof message.untilMs === "number")
                        object.untilMs = options.longs === $String ? $String(message.untilMs) : message.untilMs;
                    else
                        object.untilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.untilMs) : options.longs === $Number ? new $util.LongBits(message.untilMs.low >>> 0, message.untilMs.high >>> 0).toNumber(true) : message.untilMs;
                if (message.permanent != null && $Object.hasOwnProperty.call(message, "permanent"))
                    object.permanent = message.permanent;
                return object;
            };

            Ban.prototype.toJSON = function() {
                return Ban.toObject(this, $protobuf.util.toJSONOptions);
            };

            Ban.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Ban";
            };

            return Ban;
        })();

        v1.AdminKick = (function() {

            const AdminKick = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminKick.prototype.sessionId = null;
            AdminKick.prototype.nick = null;
            AdminKick.prototype.address = null;
            AdminKick.prototype.account = null;
            AdminKick.prototype.reason = "";
            AdminKick.prototype.banDurationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AdminKick.prototype.banNick = false;
            AdminKick.prototype.banAddress = false;
            AdminKick.prototype.dryRun = false;
            AdminKick.prototype.by = "";
            AdminKick.prototype.banPermanent = false;
            AdminKick.prototype.banAccount = false;

            let $oneOfFields;

            $Object.defineProperty(AdminKick.prototype, "target", {
                get: $util.oneOfGetter($oneOfFields = ["sessionId", "nick", "address", "account"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            AdminKick.create = function(properties) {
                return new AdminKick(properties);
            };

            AdminKick.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    writer.uint32(8).uint64(message.sessionId);
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    writer.uint32(18).string(message.nick);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    writer.uint32(26).string(message.address);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(34).string(message.reason);
                if (message.banDurationMs != null && $Object.hasOwnProperty.call(message, "banDurationMs") && (typeof message.banDurationMs === "object" ? message.banDurationMs.low || message.banDurationMs.high : message.banDurationMs !== 0))
                    writer.uint32(40).uint64(message.banDurationMs);
                if (message.banNick != null && $Object.hasOwnProperty.call(message, "banNick") && message.banNick !== false)
                    writer.uint32(48).bool(message.banNick);
                if (message.banAddress != null && $Object.hasOwnProperty.call(message, "banAddress") && message.banAddress !== false)
                    writer.uint32(56).bool(message.banAddress);
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
                    writer.uint32(64).bool(message.dryRun);
                if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== "")
                    writer.uint32(74).string(message.by);
                if (message.banPermanent != null && $Object.hasOwnProperty.call(message, "banPermanent") && message.banPermanent !== false)
                    writer.uint32(80).bool(message.banPermanent);
                if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                    writer.uint32(90).string(message.account);
                if (message.banAccount != null && $Object.hasOwnProperty.call(message, "banAccount") && message.banAccount !== false)
                    writer.uint32(1960).bool(message.banAccount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminKick.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminKick();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.sessionId = reader.uint64();
                            message.target = "sessionId";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.nick = reader.stringVerify();
                            message.target = "nick";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.address = reader.stringVerify();
                            message.target = "address";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.account = reader.stringVerify();
                            message.target = "account";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.banDurationMs = value;
                            else
                                delete message.banDurationMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.banNick = value;
                            else
                                delete message.banNick;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.banAddress = value;
                            else
                                delete message.banAddress;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dryRun = value;
                            else
                                delete message.dryRun;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.by = value;
                            else
                                delete message.by;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.banPermanent = value;
                            else
                                delete message.banPermanent;
                            continue;
                        }
                    case 245: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.banAccount = value;
                            else
                                delete message.banAccount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminKick.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminKick)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminKick: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminKick();
                if (object.sessionId != null)
                    if ($util.Long)
                        message.sessionId = $util.Long.fromValue(object.sessionId, true);
                    else if (typeof object.sessionId === "string")
                        message.sessionId = $parseInt(object.sessionId, 10);
                    else if (typeof object.sessionId === "number")
                        message.sessionId = object.sessionId;
                    else if (typeof object.sessionId === "object")
                        message.sessionId = new $util.LongBits(object.sessionId.low >>> 0, object.sessionId.high >>> 0).toNumber(true);
                if (object.nick != null)
                    message.nick = $String(object.nick);
                if (object.address != null)
                    message.address = $String(object.address);
                if (object.account != null)
                    message.account = $String(object.account);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.banDurationMs != null)
                    if (typeof object.banDurationMs === "object" ? object.banDurationMs.low || object.banDurationMs.high : $Number(object.banDurationMs) !== 0)
                        if ($util.Long)
                            message.banDurationMs = $util.Long.fromValue(object.banDurationMs, true);
                        else if (typeof object.banDurationMs === "string")
                            message.banDurationMs = $parseInt(object.banDurationMs, 10);
                        else if (typeof object.banDurationMs === "number")
                            message.banDurationMs = object.banDurationMs;
                        else if (typeof object.banDurationMs === "object")
                            message.banDurationMs = new $util.LongBits(object.banDurationMs.low >>> 0, object.banDurationMs.high >>> 0).toNumber(true);
                if (object.banNick != null)
                    if (object.banNick)
                        message.banNick = $Boolean(object.banNick);
                if (object.banAddress != null)
                    if (object.banAddress)
                        message.banAddress = $Boolean(object.banAddress);
                if (object.dryRun != null)
                    if (object.dryRun)
                        message.dryRun = $Boolean(object.dryRun);
                if (object.by != null)
                    if (typeof object.by !== "string" || object.by.length)
                        message.by = $String(object.by);
                if (object.banPermanent != null)
                    if (object.banPermanent)
                        message.banPermanent = $Boolean(object.banPermanent);
                if (object.banAccount != null)
                    if (object.banAccount)
                        message.banAccount = $Boolean(object.banAccount);
                return message;
            };

            AdminKick.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.banDurationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.banDurationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.banNick = false;
                    object.banAddress = false;
                    object.dryRun = false;
                    object.by = "";
                    object.banPermanent = false;
                    object.banAccount = false;
                }
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId")) {
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sessionId = typeof message.sessionId === "number" ? $BigInt(message.sessionId) : $util.Long.fromBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0, true).toBigInt();
                    else if (typeof message.sessionId === "number")
                        object.sessionId = options.longs === $String ? $String(message.sessionId) : message.sessionId;
                    else
                        object.sessionId = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionId) : options.longs === $Number ? new $util.LongBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0).toNumber(true) : message.sessionId;
                    if (options.oneofs)
                        object.target = "sessionId";
                }
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick")) {
                    object.nick = message.nick;
                    if (options.oneofs)
                        object.target = "nick";
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address")) {
                    object.address = message.address;
                    if (options.oneofs)
                        object.target = "address";
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.banDurationMs != null && $Object.hasOwnProperty.call(message, "banDurationMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.banDurationMs = typeof message.banDurationMs === "number" ? $BigInt(message.banDurationMs) : $util.Long.fromBits(message.banDurationMs.low >>> 0, message.banDurationMs.high >>> 0, true).toBigInt();
                    else if (typeof message.banDurationMs === "number")
                        object.banDurationMs = options.longs === $String ? $String(message.banDurationMs) : message.banDurationMs;
                    else
                        object.banDurationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.banDurationMs) : options.longs === $Number ? new $util.LongBits(message.banDurationMs.low >>> 0, message.banDurationMs.high >>> 0).toNumber(true) : message.banDurationMs;
                if (message.banNick != null && $Object.hasOwnProperty.call(message, "banNick"))
                    object.banNick = message.banNick;
                if (message.banAddress != null && $Object.hasOwnProperty.call(message, "banAddress"))
                    object.banAddress = message.banAddress;
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
                    object.dryRun = message.dryRun;
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    object.by = message.by;
                if (message.banPermanent != null && $Object.hasOwnProperty.call(message, "banPermanent"))
                    object.banPermanent = message.banPermanent;
                if (message.account != null && $Object.hasOwnProperty.call(message, "account")) {
                    object.account = message.account;
                    if (options.oneofs)
                        object.target = "account";
                }
                if (message.banAccount != null && $Object.hasOwnProperty.call(message, "banAccount"))
                    object.banAccount = message.banAccount;
                return object;
            };

            AdminKick.prototype.toJSON = function() {
                return AdminKick.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminKick.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminKick";
            };

            return AdminKick;
        })();

        v1.AdminKickResult = (function() {

            const AdminKickResult = function (properties) {
                this.sessions = [];
                this.bans = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminKickResult.prototype.sessions = $util.emptyArray;
            AdminKickResult.prototype.bans = $util.emptyArray;
            AdminKickResult.prototype.dryRun = false;
            AdminKickResult.prototype.sessionsMatched = 0;
            AdminKickResult.prototype.bansMade = 0;

            AdminKickResult.create = function(properties) {
                return new AdminKickResult(properties);
            };

            AdminKickResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessions != null && message.sessions.length)
                    for (let i = 0; i < message.sessions.length; ++i)
                        $root.parley.v1.SessionInfo.encode(message.sessions[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.bans != null && message.bans.length)
                    for (let i = 0; i < message.bans.length; ++i)
                        $root.parley.v1.Ban.encode(message.bans[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
                    writer.uint32(24).bool(message.dryRun);
                if (message.sessionsMatched != null && $Object.hasOwnProperty.call(message, "sessionsMatched") && message.sessionsMatched !== 0)
                    writer.uint32(1968).uint32(message.sessionsMatched);
                if (message.bansMade != null && $Object.hasOwnProperty.call(message, "bansMade") && message.bansMade !== 0)
                    writer.uint32(1976).uint32(message.bansMade);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminKickResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminKickResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sessions && message.sessions.length))
                                message.sessions = [];
                            message.sessions.push($root.parley.v1.SessionInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.bans && message.bans.length))
                                message.bans = [];
                            message.bans.push($root.parley.v1.Ban.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dryRun = value;
                            else
                                delete message.dryRun;
                            continue;
                        }
                    case 246: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sessionsMatched = value;
                            else
                                delete message.sessionsMatched;
                            continue;
                        }
                    case 247: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bansMade = value;
                            else
                                delete message.bansMade;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminKickResult.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminKickResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminKickResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminKickResult();
                if (object.sessions) {
                    if (!$Array.isArray(object.sessions))
                        throw $TypeError(".parley.v1.AdminKickResult.sessions: array expected");
                    message.sessions = $Array(object.sessions.length);
                    for (let i = 0; i < object.sessions.length; ++i) {
                        if (!$util.isObject(object.sessions[i]))
                            throw $TypeError(".parley.v1.AdminKickResult.sessions: object expected");
                        message.sessions[i] = $root.parley.v1.SessionInfo.fromObject(object.sessions[i], _depth + 1);
                    }
                }
                if (object.bans) {
                    if (!$Array.isArray(object.bans))
                        throw $TypeError(".parley.v1.AdminKickResult.bans: array expected");
                    message.bans = $Array(object.bans.length);
                    for (let i = 0; i < object.bans.length; ++i) {
                        if (!$util.isObject(object.bans[i]))
                            throw $TypeError(".parley.v1.AdminKickResult.bans: object expected");
                        message.bans[i] = $root.parley.v1.Ban.fromObject(object.bans[i], _depth + 1);
                    }
                }
                if (object.dryRun != null)
                    if (object.dryRun)
                        message.dryRun = $Boolean(object.dryRun);
                if (object.sessionsMatched != null)
                    if ($Number(object.sessionsMatched) !== 0)
                        message.sessionsMatched = object.sessionsMatched >>> 0;
                if (object.bansMade != null)
                    if ($Number(object.bansMade) !== 0)
                        message.bansMade = object.bansMade >>> 0;
                return message;
            };

            AdminKickResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.sessions = [];
                    object.bans = [];
                }
                if (options.defaults) {
                    object.dryRun = false;
                    object.sessionsMatched = 0;
                    object.bansMade = 0;
                }
                if (message.sessions && message.sessions.length) {
                    object.sessions = $Array(message.sessions.length);
                    for (let j = 0; j < message.sessions.length; ++j)
                        object.sessions[j] = $root.parley.v1.SessionInfo.toObject(message.sessions[j], options, _depth + 1);
                }
                if (message.bans && message.bans.length) {
                    object.bans = $Array(message.bans.length);
                    for (let j = 0; j < message.bans.length; ++j)
                        object.bans[j] = $root.parley.v1.Ban.toObject(message.bans[j], options, _depth + 1);
                }
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
                    object.dryRun = message.dryRun;
                if (message.sessionsMatched != null && $Object.hasOwnProperty.call(message, "sessionsMatched"))
                    object.sessionsMatched = message.sessionsMatched;
                if (message.bansMade != null && $Object.hasOwnProperty.call(message, "bansMade"))
                    object.bansMade = message.bansMade;
                return object;
            };

            AdminKickResult.prototype.toJSON = function() {
                return AdminKickResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminKickResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminKickResult";
            };

            return AdminKickResult;
        })();

        v1.AdminBan = (function() {

            const AdminBan = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminBan.prototype.nick = null;
            AdminBan.prototype.address = null;
            AdminBan.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AdminBan.prototype.reason = "";
            AdminBan.prototype.by = "";
            AdminBan.prototype.permanent = false;

            let $oneOfFields;

            $Object.defineProperty(AdminBan.prototype, "target", {
                get: $util.oneOfGetter($oneOfFields = ["nick", "address"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            AdminBan.create = function(properties) {
                return new AdminBan(properties);
            };

            AdminBan.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    writer.uint32(10).string(message.nick);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    writer.uint32(18).string(message.address);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                    writer.uint32(24).uint64(message.durationMs);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(34).string(message.reason);
                if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== "")
                    writer.uint32(42).string(message.by);
                if (message.permanent != null && $Object.hasOwnProperty.call(message, "permanent") && message.permanent !== false)
                    writer.uint32(48).bool(message.permanent);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminBan.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminBan();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.nick = reader.stringVerify();
                            message.target = "nick";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.address = reader.stringVerify();
                            message.target = "address";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.by = value;
                            else
                                delete message.by;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.permanent = value;
                            else
                                delete message.permanent;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminBan.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminBan)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminBan: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminBan();
                if (object.nick != null)
                    message.nick = $String(object.nick);
                if (object.address != null)
                    message.address = $String(object.address);
                if (object.durationMs != null)
                    if (typeof object.durationMs === "object" ? object.durationMs.low || object.durationMs.high : $Number(object.durationMs) !== 0)
                        if ($util.Long)
                            message.durationMs = $util.Long.fromValue(object.durationMs, true);
                        else if (typeof object.durationMs === "string")
                            message.durationMs = $parseInt(object.durationMs, 10);
                        else if (typeof object.durationMs === "number")
                            message.durationMs = object.durationMs;
                        else if (typeof object.durationMs === "object")
                            message.durationMs = new $util.LongBits(object.durationMs.low >>> 0, object.durationMs.high >>> 0).toNumber(true);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.by != null)
                    if (typeof object.by !== "string" || object.by.length)
                        message.by = $String(object.by);
                if (object.permanent != null)
                    if (object.permanent)
                        message.permanent = $Boolean(object.permanent);
                return message;
            };

            AdminBan.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reason = "";
                    object.by = "";
                    object.permanent = false;
                }
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick")) {
                    object.nick = message.nick;
                    if (options.oneofs)
                        object.target = "nick";
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address")) {
                    object.address = message.address;
                    if (options.oneofs)
                        object.target = "address";
                }
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
                    else if (typeof message.durationMs === "number")
                        object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
                    else
                        object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    object.by = message.by;
                if (message.permanent != null && $Object.hasOwnProperty.call(message, "permanent"))
                    object.permanent = message.permanent;
                return object;
            };

            AdminBan.prototype.toJSON = function() {
                return AdminBan.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminBan.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminBan";
            };

            return AdminBan;
        })();

        v1.AdminBanResult = (function() {

            const AdminBanResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminBanResult.prototype.ban = null;

            AdminBanResult.create = function(properties) {
                return new AdminBanResult(properties);
            };

            AdminBanResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ban != null && $Object.hasOwnProperty.call(message, "ban"))
                    $root.parley.v1.Ban.encode(message.ban, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminBanResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminBanResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.ban = $root.parley.v1.Ban.decode(reader, reader.size(), $undefined, _depth + 1, message.ban);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminBanResult.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminBanResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminBanResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminBanResult();
                if (object.ban != null) {
                    if (!$util.isObject(object.ban))
                        throw $TypeError(".parley.v1.AdminBanResult.ban: object expected");
                    message.ban = $root.parley.v1.Ban.fromObject(object.ban, _depth + 1);
                }
                return message;
            };

            AdminBanResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.ban = null;
                if (message.ban != null && $Object.hasOwnProperty.call(message, "ban"))
                    object.ban = $root.parley.v1.Ban.toObject(message.ban, options, _depth + 1);
                return object;
            };

            AdminBanResult.prototype.toJSON = function() {
                return AdminBanResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminBanResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminBanResult";
            };

            return AdminBanResult;
        })();

        v1.AdminUnban = (function() {

            const AdminUnban = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminUnban.prototype.banId = null;
            AdminUnban.prototype.nick = null;
            AdminUnban.prototype.address = null;

            let $oneOfFields;

            $Object.defineProperty(AdminUnban.prototype, "target", {
                get: $util.oneOfGetter($oneOfFields = ["banId", "nick", "address"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            AdminUnban.create = function(properties) {
                return new AdminUnban(properties);
            };

            AdminUnban.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.banId != null && $Object.hasOwnProperty.call(message, "banId"))
                    writer.uint32(8).uint64(message.banId);
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    writer.uint32(18).string(message.nick);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    writer.uint32(26).string(message.address);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminUnban.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminUnban();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.banId = reader.uint64();
                            message.target = "banId";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.nick = reader.stringVerify();
                            message.target = "nick";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.address = reader.stringVerify();
                            message.target = "address";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminUnban.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminUnban)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminUnban: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminUnban();
                if (object.banId != null)
                    if ($util.Long)
                        message.banId = $util.Long.fromValue(object.banId, true);
                    else if (typeof object.banId === "string")
                        message.banId = $parseInt(object.banId, 10);
                    else if (typeof object.banId === "number")
                        message.banId = object.banId;
                    else if (typeof object.banId === "object")
                        message.banId = new $util.LongBits(object.banId.low >>> 0, object.banId.high >>> 0).toNumber(true);
                if (object.nick != null)
                    message.nick = $String(object.nick);
                if (object.address != null)
                    message.address = $String(object.address);
                return message;
            };

            AdminUnban.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.banId != null && $Object.hasOwnProperty.call(message, "banId")) {
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.banId = typeof message.banId === "number" ? $BigInt(message.banId) : $util.Long.fromBits(message.banId.low >>> 0, message.banId.high >>> 0, true).toBigInt();
                    else if (typeof message.banId === "number")
                        object.banId = options.longs === $String ? $String(message.banId) : message.banId;
                    else
                        object.banId = options.longs === $String ? $util.Long.prototype.toString.call(message.banId) : options.longs === $Number ? new $util.LongBits(message.banId.low >>> 0, message.banId.high >>> 0).toNumber(true) : message.banId;
                    if (options.oneofs)
                        object.target = "banId";
                }
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick")) {
                    object.nick = message.nick;
                    if (options.oneofs)
                        object.target = "nick";
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address")) {
                    object.address = message.address;
                    if (options.oneofs)
                        object.target = "address";
                }
                return object;
            };

            AdminUnban.prototype.toJSON = function() {
                return AdminUnban.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminUnban.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminUnban";
            };

            return AdminUnban;
        })();

        v1.AdminUnbanResult = (function() {

            const AdminUnbanResult = function (properties) {
                this.removed = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminUnbanResult.prototype.removed = $util.emptyArray;

            AdminUnbanResult.create = function(properties) {
                return new AdminUnbanResult(properties);
            };

            AdminUnbanResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.removed != null && message.removed.length)
                    for (let i = 0; i < message.removed.length; ++i)
                        $root.parley.v1.Ban.encode(message.removed[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminUnbanResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminUnbanResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.removed && message.removed.length))
                                message.removed = [];
                            message.removed.push($root.parley.v1.Ban.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminUnbanResult.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminUnbanResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminUnbanResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminUnbanResult();
                if (object.removed) {
                    if (!$Array.isArray(object.removed))
                        throw $TypeError(".parley.v1.AdminUnbanResult.removed: array expected");
                    message.removed = $Array(object.removed.length);
                    for (let i = 0; i < object.removed.length; ++i) {
                        if (!$util.isObject(object.removed[i]))
                            throw $TypeError(".parley.v1.AdminUnbanResult.removed: object expected");
                        message.removed[i] = $root.parley.v1.Ban.fromObject(object.removed[i], _depth + 1);
                    }
                }
                return message;
            };

            AdminUnbanResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.removed = [];
                if (message.removed && message.removed.length) {
                    object.removed = $Array(message.removed.length);
                    for (let j = 0; j < message.removed.length; ++j)
                        object.removed[j] = $root.parley.v1.Ban.toObject(message.removed[j], options, _depth + 1);
                }
                return object;
            };

            AdminUnbanResult.prototype.toJSON = function() {
                return AdminUnbanResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminUnbanResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminUnbanResult";
            };

            return AdminUnbanResult;
        })();

        v1.AdminListBans = (function() {

            const AdminListBans = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminListBans.prototype.cursor = "";
            AdminListBans.prototype.limit = 0;

            AdminListBans.create = function(properties) {
                return new AdminListBans(properties);
            };

            AdminListBans.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                    writer.uint32(10).string(message.cursor);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(16).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminListBans.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminListBans();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminListBans.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminListBans)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminListBans: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminListBans();
                if (object.cursor != null)
                    if (typeof object.cursor !== "string" || object.cursor.length)
                        message.cursor = $String(object.cursor);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            AdminListBans.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cursor = "";
                    object.limit = 0;
                }
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            AdminListBans.prototype.toJSON = function() {
                return AdminListBans.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminListBans.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminListBans";
            };

            return AdminListBans;
        })();

        v1.AdminBanList = (function() {

            const AdminBanList = function (properties) {
                this.bans = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminBanList.prototype.bans = $util.emptyArray;
            AdminBanList.prototype.nextCursor = "";

            AdminBanList.create = function(properties) {
                return new AdminBanList(properties);
            };

            AdminBanList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bans != null && message.bans.length)
                    for (let i = 0; i < message.bans.length; ++i)
                        $root.parley.v1.Ban.encode(message.bans[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && message.nextCursor !== "")
                    writer.uint32(18).string(message.nextCursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminBanList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminBanList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.bans && message.bans.length))
                                message.bans = [];
                            message.bans.push($root.parley.v1.Ban.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nextCursor = value;
                            else
                                delete message.nextCursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminBanList.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminBanList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminBanList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminBanList();
                if (object.bans) {
                    if (!$Array.isArray(object.bans))
                        throw $TypeError(".parley.v1.AdminBanList.bans: array expected");
                    message.bans = $Array(object.bans.length);
                    for (let i = 0; i < object.bans.length; ++i) {
                        if (!$util.isObject(object.bans[i]))
                            throw $TypeError(".parley.v1.AdminBanList.bans: object expected");
                        message.bans[i] = $root.parley.v1.Ban.fromObject(object.bans[i], _depth + 1);
                    }
                }
                if (object.nextCursor != null)
                    if (typeof object.nextCursor !== "string" || object.nextCursor.length)
                        message.nextCursor = $String(object.nextCursor);
                return message;
            };

            AdminBanList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.bans = [];
                if (options.defaults)
                    object.nextCursor = "";
                if (message.bans && message.bans.length) {
                    object.bans = $Array(message.bans.length);
                    for (let j = 0; j < message.bans.length; ++j)
                        object.bans[j] = $root.parley.v1.Ban.toObject(message.bans[j], options, _depth + 1);
                }
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                    object.nextCursor = message.nextCursor;
                return object;
            };

            AdminBanList.prototype.toJSON = function() {
                return AdminBanList.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminBanList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminBanList";
            };

            return AdminBanList;
        })();

        v1.ClosedSession = (function() {

            const ClosedSession = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ClosedSession.prototype.session = null;
            ClosedSession.prototype.closedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ClosedSession.prototype.reason = "";

            ClosedSession.create = function(properties) {
                return new ClosedSession(properties);
            };

            ClosedSession.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.session != null && $Object.hasOwnProperty.call(message, "session"))
                    $root.parley.v1.SessionInfo.encode(message.session, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.closedAtMs != null && $Object.hasOwnProperty.call(message, "closedAtMs") && (typeof message.closedAtMs === "object" ? message.closedAtMs.low || message.closedAtMs.high : message.closedAtMs !== 0))
                    writer.uint32(16).uint64(message.closedAtMs);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ClosedSession.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.ClosedSession();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.session = $root.parley.v1.SessionInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.session);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.closedAtMs = value;
                            else
                                delete message.closedAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ClosedSession.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.ClosedSession)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.ClosedSession: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.ClosedSession();
                if (object.session != null) {
                    if (!$util.isObject(object.session))
                        throw $TypeError(".parley.v1.ClosedSession.session: object expected");
                    message.session = $root.parley.v1.SessionInfo.fromObject(object.session, _depth + 1);
                }
                if (object.closedAtMs != null)
                    if (typeof object.closedAtMs === "object" ? object.closedAtMs.low || object.closedAtMs.high : $Number(object.closedAtMs) !== 0)
                        if ($util.Long)
                            message.closedAtMs = $util.Long.fromValue(object.closedAtMs, true);
                        else if (typeof object.closedAtMs === "string")
                            message.closedAtMs = $parseInt(object.closedAtMs, 10);
                        else if (typeof object.closedAtMs === "number")
                            message.closedAtMs = object.closedAtMs;
                        else if (typeof object.closedAtMs === "object")
                            message.closedAtMs = new $util.LongBits(object.closedAtMs.low >>> 0, object.closedAtMs.high >>> 0).toNumber(true);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            ClosedSession.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.session = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.closedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.closedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reason = "";
                }
                if (message.session != null && $Object.hasOwnProperty.call(message, "session"))
                    object.session = $root.parley.v1.SessionInfo.toObject(message.session, options, _depth + 1);
                if (message.closedAtMs != null && $Object.hasOwnProperty.call(message, "closedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.closedAtMs = typeof message.closedAtMs === "number" ? $BigInt(message.closedAtMs) : $util.Long.fromBits(message.closedAtMs.low >>> 0, message.closedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.closedAtMs === "number")
                        object.closedAtMs = options.longs === $String ? $String(message.closedAtMs) : message.closedAtMs;
                    else
                        object.closedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.closedAtMs) : options.longs === $Number ? new $util.LongBits(message.closedAtMs.low >>> 0, message.closedAtMs.high >>> 0).toNumber(true) : message.closedAtMs;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            ClosedSession.prototype.toJSON = function() {
                return ClosedSession.toObject(this, $protobuf.util.toJSONOptions);
            };

            ClosedSession.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.ClosedSession";
            };

            return ClosedSession;
        })();

        v1.AdminListClosed = (function() {

            const AdminListClosed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminListClosed.prototype.limit = 0;
            AdminListClosed.prototype.cursor = "";

            AdminListClosed.create = function(properties) {
                return new AdminListClosed(properties);
            };

            AdminListClosed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(8).uint32(message.limit);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                    writer.uint32(18).string(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminListClosed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminListClosed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminListClosed.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminListClosed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminListClosed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminListClosed();
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                if (object.cursor != null)
                    if (typeof object.cursor !== "string" || object.cursor.length)
                        message.cursor = $String(object.cursor);
                return message;
            };

            AdminListClosed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.limit = 0;
                    object.cursor = "";
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                return object;
            };

            AdminListClosed.prototype.toJSON = function() {
                return AdminListClosed.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminListClosed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminListClosed";
            };

            return AdminListClosed;
        })();

        v1.AdminClosedList = (function() {

            const AdminClosedList = function (properties) {
                this.sessions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminClosedList.prototype.sessions = $util.emptyArray;
            AdminClosedList.prototype.nextCursor = "";

            AdminClosedList.create = function(properties) {
                return new AdminClosedList(properties);
            };

            AdminClosedList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessions != null && message.sessions.length)
                    for (let i = 0; i < message.sessions.length; ++i)
                        $root.parley.v1.ClosedSession.encode(message.sessions[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && message.nextCursor !== "")
                    writer.uint32(18).string(message.nextCursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminClosedList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminClosedList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sessions && message.sessions.length))
                                message.sessions = [];
                            message.sessions.push($root.parley.v1.ClosedSession.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nextCursor = value;
                            else
                                delete message.nextCursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminClosedList.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminClosedList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminClosedList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminClosedList();
                if (object.sessions) {
                    if (!$Array.isArray(object.sessions))
                        throw $TypeError(".parley.v1.AdminClosedList.sessions: array expected");
                    message.sessions = $Array(object.sessions.length);
                    for (let i = 0; i < object.sessions.length; ++i) {
                        if (!$util.isObject(object.sessions[i]))
                            throw $TypeError(".parley.v1.AdminClosedList.sessions: object expected");
                        message.sessions[i] = $root.parley.v1.ClosedSession.fromObject(object.sessions[i], _depth + 1);
                    }
                }
                if (object.nextCursor != null)
                    if (typeof object.nextCursor !== "string" || object.nextCursor.length)
                        message.nextCursor = $String(object.nextCursor);
                return message;
            };

            AdminClosedList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.sessions = [];
                if (options.defaults)
                    object.nextCursor = "";
                if (message.sessions && message.sessions.length) {
                    object.sessions = $Array(message.sessions.length);
                    for (let j = 0; j < message.sessions.length; ++j)
                        object.sessions[j] = $root.parley.v1.ClosedSession.toObject(message.sessions[j], options, _depth + 1);
                }
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                    object.nextCursor = message.nextCursor;
                return object;
            };

            AdminClosedList.prototype.toJSON = function() {
                return AdminClosedList.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminClosedList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminClosedList";
            };

            return AdminClosedList;
        })();

        v1.AdminGetStats = (function() {

            const AdminGetStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminGetStats.create = function(properties) {
                return new AdminGetStats(properties);
            };

            AdminGetStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminGetStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminGetStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminGetStats.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminGetStats)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminGetStats: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.parley.v1.AdminGetStats();
            };

            AdminGetStats.toObject = function () {
                return {};
            };

            AdminGetStats.prototype.toJSON = function() {
                return AdminGetStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminGetStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminGetStats";
            };

            return AdminGetStats;
        })();

        v1.AdminStats = (function() {

            const AdminStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminStats.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AdminStats.prototype.sessions = 0;
            AdminStats.prototype.rooms = 0;
            AdminStats.prototype.messagesTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AdminStats.prototype.messagesPerSecond = 0;
            AdminStats.prototype.bytesInPerSecond = 0;
            AdminStats.prototype.bytesOutPerSecond = 0;
            AdminStats.prototype.rssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AdminStats.prototype.heapUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AdminStats.prototype.serverVersion = "";
            AdminStats.prototype.bytesInTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AdminStats.prototype.bytesOutTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            AdminStats.create = function(properties) {
                return new AdminStats(properties);
            };

            AdminStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs") && (typeof message.uptimeMs === "object" ? message.uptimeMs.low || message.uptimeMs.high : message.uptimeMs !== 0))
                    writer.uint32(8).uint64(message.uptimeMs);
                if (message.sessions != null && $Object.hasOwnProperty.call(message, "sessions") && message.sessions !== 0)
                    writer.uint32(16).uint32(message.sessions);
                if (message.rooms != null && $Object.hasOwnProperty.call(message, "rooms") && message.rooms !== 0)
                    writer.uint32(24).uint32(message.rooms);
                if (message.messagesTotal != null && $Object.hasOwnProperty.call(message, "messagesTotal") && (typeof message.messagesTotal === "object" ? message.messagesTotal.low || message.messagesTotal.high : message.messagesTotal !== 0))
                    writer.uint32(32).uint64(message.messagesTotal);
                if (message.messagesPerSecond != null && $Object.hasOwnProperty.call(message, "messagesPerSecond") && !$Object.is(message.messagesPerSecond, 0))
                    writer.uint32(41).double(message.messagesPerSecond);
                if (message.bytesInPerSecond != null && $Object.hasOwnProperty.call(message, "bytesInPerSecond") && !$Object.is(message.bytesInPerSecond, 0))
                    writer.uint32(49).double(message.bytesInPerSecond);
                if (message.bytesOutPerSecond != null && $Object.hasOwnProperty.call(message, "bytesOutPerSecond") && !$Object.is(message.bytesOutPerSecond, 0))
                    writer.uint32(57).double(message.bytesOutPerSecond);
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes") && (typeof message.rssBytes === "object" ? message.rssBytes.low || message.rssBytes.high : message.rssBytes !== 0))
                    writer.uint32(64).uint64(message.rssBytes);
                if (message.heapUsedBytes != null && $Object.hasOwnProperty.call(message, "heapUsedBytes") && (typeof message.heapUsedBytes === "object" ? message.heapUsedBytes.low || message.heapUsedBytes.high : message.heapUsedBytes !== 0))
                    writer.uint32(72).uint64(message.heapUsedBytes);
                if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion") && message.serverVersion !== "")
                    writer.uint32(82).string(message.serverVersion);
                if (message.bytesInTotal != null && $Object.hasOwnProperty.call(message, "bytesInTotal") && (typeof message.bytesInTotal === "object" ? message.bytesInTotal.low || message.bytesInTotal.high : message.bytesInTotal !== 0))
                    writer.uint32(88).uint64(message.bytesInTotal);
                if (message.bytesOutTotal != null && $Object.hasOwnProperty.call(message, "bytesOutTotal") && (typeof message.bytesOutTotal === "object" ? message.bytesOutTotal.low || message.bytesOutTotal.high : message.bytesOutTotal !== 0))
                    writer.uint32(96).uint64(message.bytesOutTotal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeMs = value;
                            else
                                delete message.uptimeMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sessions = value;
                            else
                                delete message.sessions;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rooms = value;
                            else
                                delete message.rooms;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.messagesTotal = value;
                            else
                                delete message.messagesTotal;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.messagesPerSecond = value;
                            else
                                delete message.messagesPerSecond;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.bytesInPerSecond = value;
                            else
                                delete message.bytesInPerSecond;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.bytesOutPerSecond = value;
                            else
                                delete message.bytesOutPerSecond;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rssBytes = value;
                            else
                                delete message.rssBytes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.heapUsedBytes = value;
                            else
                                delete message.heapUsedBytes;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverVersion = value;
                            else
                                delete message.serverVersion;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesInTotal = value;
                            else
                                delete message.bytesInTotal;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesOutTotal = value;
                            else
                                delete message.bytesOutTotal;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminStats.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminStats)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminStats: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminStats();
                if (object.uptimeMs != null)
                    if (typeof object.uptimeMs === "object" ? object.uptimeMs.low || object.uptimeMs.high : $Number(object.uptimeMs) !== 0)
                        if ($util.Long)
                            message.uptimeMs = $util.Long.fromValue(object.uptimeMs, true);
                        else if (typeof object.uptimeMs === "string")
                            message.uptimeMs = $parseInt(object.uptimeMs, 10);
                        else if (typeof object.uptimeMs === "number")
                            message.uptimeMs = object.uptimeMs;
                        else if (typeof object.uptimeMs === "object")
                            message.uptimeMs = new $util.LongBits(object.uptimeMs.low >>> 0, object.uptimeMs.high >>> 0).toNumber(true);
                if (object.sessions != null)
                    if ($Number(object.sessions) !== 0)
                        message.sessions = object.sessions >>> 0;
                if (object.rooms != null)
                    if ($Number(object.rooms) !== 0)
                        message.rooms = object.rooms >>> 0;
                if (object.messagesTotal != null)
                    if (typeof object.messagesTotal === "object" ? object.messagesTotal.low || object.messagesTotal.high : $Number(object.messagesTotal) !== 0)
                        if ($util.Long)
                            message.messagesTotal = $util.Long.fromValue(object.messagesTotal, true);
                        else if (typeof object.messagesTotal === "string")
                            message.messagesTotal = $parseInt(object.messagesTotal, 10);
                        else if (typeof object.messagesTotal === "number")
                            message.messagesTotal = object.messagesTotal;
                        else if (typeof object.messagesTotal === "object")
                            message.messagesTotal = new $util.LongBits(object.messagesTotal.low >>> 0, object.messagesTotal.high >>> 0).toNumber(true);
                if (object.messagesPerSecond != null)
                    if (!$Object.is($Number(object.messagesPerSecond), 0))
                        message.messagesPerSecond = $Number(object.messagesPerSecond);
                if (object.bytesInPerSecond != null)
                    if (!$Object.is($Number(object.bytesInPerSecond), 0))
                        message.bytesInPerSecond = $Number(object.bytesInPerSecond);
                if (object.bytesOutPerSecond != null)
                    if (!$Object.is($Number(object.bytesOutPerSecond), 0))
                        message.bytesOutPerSecond = $Number(object.bytesOutPerSecond);
                if (object.rssBytes != null)
                    if (typeof object.rssBytes === "object" ? object.rssBytes.low || object.rssBytes.high : $Number(object.rssBytes) !== 0)
                        if ($util.Long)
                            message.rssBytes = $util.Long.fromValue(object.rssBytes, true);
                        else if (typeof object.rssBytes === "string")
                            message.rssBytes = $parseInt(object.rssBytes, 10);
                        else if (typeof object.rssBytes === "number")
                            message.rssBytes = object.rssBytes;
                        else if (typeof object.rssBytes === "object")
                            message.rssBytes = new $util.LongBits(object.rssBytes.low >>> 0, object.rssBytes.high >>> 0).toNumber(true);
                if (object.heapUsedBytes != null)
                    if (typeof object.heapUsedBytes === "object" ? object.heapUsedBytes.low || object.heapUsedBytes.high : $Number(object.heapUsedBytes) !== 0)
                        if ($util.Long)
                            message.heapUsedBytes = $util.Long.fromValue(object.heapUsedBytes, true);
                        else if (typeof object.heapUsedBytes === "string")
                            message.heapUsedBytes = $parseInt(object.heapUsedBytes, 10);
                        else if (typeof object.heapUsedBytes === "number")
                            message.heapUsedBytes = object.heapUsedBytes;
                        else if (typeof object.heapUsedBytes === "object")
                            message.heapUsedBytes = new $util.LongBits(object.heapUsedBytes.low >>> 0, object.heapUsedBytes.high >>> 0).toNumber(true);
                if (object.serverVersion != null)
                    if (typeof object.serverVersion !== "string" || object.serverVersion.length)
                        message.serverVersion = $String(object.serverVersion);
                if (object.bytesInTotal != null)
                    if (typeof object.bytesInTotal === "object" ? object.bytesInTotal.low || object.bytesInTotal.high : $Number(object.bytesInTotal) !== 0)
                        if ($util.Long)
                            message.bytesInTotal = $util.Long.fromValue(object.bytesInTotal, true);
                        else if (typeof object.bytesInTotal === "string")
                            message.bytesInTotal = $parseInt(object.bytesInTotal, 10);
                        else if (typeof object.bytesInTotal === "number")
                            message.bytesInTotal = object.bytesInTotal;
                        else if (typeof object.bytesInTotal === "object")
                            message.bytesInTotal = new $util.LongBits(object.bytesInTotal.low >>> 0, object.bytesInTotal.high >>> 0).toNumber(true);
                if (object.bytesOutTotal != null)
                    if (typeof object.bytesOutTotal === "object" ? object.bytesOutTotal.low || object.bytesOutTotal.high : $Number(object.bytesOutTotal) !== 0)
                        if ($util.Long)
                            message.bytesOutTotal = $util.Long.fromValue(object.bytesOutTotal, true);
                        else if (typeof object.bytesOutTotal === "string")
                            message.bytesOutTotal = $parseInt(object.bytesOutTotal, 10);
                        else if (typeof object.bytesOutTotal === "number")
                            message.bytesOutTotal = object.bytesOutTotal;
                        else if (typeof object.bytesOutTotal === "object")
                            message.bytesOutTotal = new $util.LongBits(object.bytesOutTotal.low >>> 0, object.bytesOutTotal.high >>> 0).toNumber(true);
                return message;
            };

            AdminStats.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sessions = 0;
                    object.rooms = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.messagesTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.messagesTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.messagesPerSecond = 0;
                    object.bytesInPerSecond = 0;
                    object.bytesOutPerSecond = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.rssBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rssBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.heapUsedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.heapUsedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.serverVersion = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesInTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesInTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesOutTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesOutTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptimeMs = typeof message.uptimeMs === "number" ? $BigInt(message.uptimeMs) : $util.Long.fromBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.uptimeMs === "number")
                        object.uptimeMs = options.longs === $String ? $String(message.uptimeMs) : message.uptimeMs;
                    else
                        object.uptimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeMs) : options.longs === $Number ? new $util.LongBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0).toNumber(true) : message.uptimeMs;
                if (message.sessions != null && $Object.hasOwnProperty.call(message, "sessions"))
                    object.sessions = message.sessions;
                if (message.rooms != null && $Object.hasOwnProperty.call(message, "rooms"))
                    object.rooms = message.rooms;
                if (message.messagesTotal != null && $Object.hasOwnProperty.call(message, "messagesTotal"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.messagesTotal = typeof message.messagesTotal === "number" ? $BigInt(message.messagesTotal) : $util.Long.fromBits(message.messagesTotal.low >>> 0, message.messagesTotal.high >>> 0, true).toBigInt();
                    else if (typeof message.messagesTotal === "number")
                        object.messagesTotal = options.longs === $String ? $String(message.messagesTotal) : message.messagesTotal;
                    else
                        object.messagesTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.messagesTotal) : options.longs === $Number ? new $util.LongBits(message.messagesTotal.low >>> 0, message.messagesTotal.high >>> 0).toNumber(true) : message.messagesTotal;
                if (message.messagesPerSecond != null && $Object.hasOwnProperty.call(message, "messagesPerSecond"))
                    object.messagesPerSecond = options.json && !$isFinite(message.messagesPerSecond) ? $String(message.messagesPerSecond) : message.messagesPerSecond;
                if (message.bytesInPerSecond != null && $Object.hasOwnProperty.call(message, "bytesInPerSecond"))
                    object.bytesInPerSecond = options.json && !$isFinite(message.bytesInPerSecond) ? $String(message.bytesInPerSecond) : message.bytesInPerSecond;
                if (message.bytesOutPerSecond != null && $Object.hasOwnProperty.call(message, "bytesOutPerSecond"))
                    object.bytesOutPerSecond = options.json && !$isFinite(message.bytesOutPerSecond) ? $String(message.bytesOutPerSecond) : message.bytesOutPerSecond;
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rssBytes = typeof message.rssBytes === "number" ? $BigInt(message.rssBytes) : $util.Long.fromBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.rssBytes === "number")
                        object.rssBytes = options.longs === $String ? $String(message.rssBytes) : message.rssBytes;
                    else
                        object.rssBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.rssBytes) : options.longs === $Number ? new $util.LongBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0).toNumber(true) : message.rssBytes;
                if (message.heapUsedBytes != null && $Object.hasOwnProperty.call(message, "heapUsedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.heapUsedBytes = typeof message.heapUsedBytes === "number" ? $BigInt(message.heapUsedBytes) : $util.Long.fromBits(message.heapUsedBytes.low >>> 0, message.heapUsedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.heapUsedBytes === "number")
                        object.heapUsedBytes = options.longs === $String ? $String(message.heapUsedBytes) : message.heapUsedBytes;
                    else
                        object.heapUsedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.heapUsedBytes) : options.longs === $Number ? new $util.LongBits(message.heapUsedBytes.low >>> 0, message.heapUsedBytes.high >>> 0).toNumber(true) : message.heapUsedBytes;
                if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion"))
                    object.serverVersion = message.serverVersion;
                if (message.bytesInTotal != null && $Object.hasOwnProperty.call(message, "bytesInTotal"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesInTotal = typeof message.bytesInTotal === "number" ? $BigInt(message.bytesInTotal) : $util.Long.fromBits(message.bytesInTotal.low >>> 0, message.bytesInTotal.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesInTotal === "number")
                        object.bytesInTotal = options.longs === $String ? $String(message.bytesInTotal) : message.bytesInTotal;
                    else
                        object.bytesInTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesInTotal) : options.longs === $Number ? new $util.LongBits(message.bytesInTotal.low >>> 0, message.bytesInTotal.high >>> 0).toNumber(true) : message.bytesInTotal;
                if (message.bytesOutTotal != null && $Object.hasOwnProperty.call(message, "bytesOutTotal"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesOutTotal = typeof message.bytesOutTotal === "number" ? $BigInt(message.bytesOutTotal) : $util.Long.fromBits(message.bytesOutTotal.low >>> 0, message.bytesOutTotal.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesOutTotal === "number")
                        object.bytesOutTotal = options.longs === $String ? $String(message.bytesOutTotal) : message.bytesOutTotal;
                    else
                        object.bytesOutTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesOutTotal) : options.longs === $Number ? new $util.LongBits(message.bytesOutTotal.low >>> 0, message.bytesOutTotal.high >>> 0).toNumber(true) : message.bytesOutTotal;
                return object;
            };

            AdminStats.prototype.toJSON = function() {
                return AdminStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminStats";
            };

            return AdminStats;
        })();

        v1.AdminAnnounce = (function() {

            const AdminAnnounce = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminAnnounce.prototype.text = "";

            AdminAnnounce.create = function(properties) {
                return new AdminAnnounce(properties);
            };

            AdminAnnounce.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(10).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminAnnounce.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminAnnounce();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminAnnounce.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminAnnounce)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminAnnounce: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminAnnounce();
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                return message;
            };

            AdminAnnounce.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.text = "";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                return object;
            };

            AdminAnnounce.prototype.toJSON = function() {
                return AdminAnnounce.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminAnnounce.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminAnnounce";
            };

            return AdminAnnounce;
        })();

        v1.AdminAnnounceResult = (function() {

            const AdminAnnounceResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminAnnounceResult.prototype.recipients = 0;

            AdminAnnounceResult.create = function(properties) {
                return new AdminAnnounceResult(properties);
            };

            AdminAnnounceResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.recipients != null && $Object.hasOwnProperty.call(message, "recipients") && message.recipients !== 0)
                    writer.uint32(8).uint32(message.recipients);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminAnnounceResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminAnnounceResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.recipients = value;
                            else
                                delete message.recipients;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminAnnounceResult.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminAnnounceResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminAnnounceResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminAnnounceResult();
                if (object.recipients != null)
                    if ($Number(object.recipients) !== 0)
                        message.recipients = object.recipients >>> 0;
                return message;
            };

            AdminAnnounceResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.recipients = 0;
                if (message.recipients != null && $Object.hasOwnProperty.call(message, "recipients"))
                    object.recipients = message.recipients;
                return object;
            };

            AdminAnnounceResult.prototype.toJSON = function() {
                return AdminAnnounceResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminAnnounceResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminAnnounceResult";
            };

            return AdminAnnounceResult;
        })();

        v1.AuditEntry = (function() {

            const AuditEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AuditEntry.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AuditEntry.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AuditEntry.prototype.action = "";
            AuditEntry.prototype.target = "";
            AuditEntry.prototype.result = "";
            AuditEntry.prototype.by = "";

            AuditEntry.create = function(properties) {
                return new AuditEntry(properties);
            };

            AuditEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(8).uint64(message.id);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(16).uint64(message.atMs);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== "")
                    writer.uint32(26).string(message.action);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(34).string(message.target);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result !== "")
                    writer.uint32(42).string(message.result);
                if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== "")
                    writer.uint32(50).string(message.by);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AuditEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AuditEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.result = value;
                            else
                                delete message.result;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.by = value;
                            else
                                delete message.by;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AuditEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AuditEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AuditEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AuditEntry();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, true);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber(true);
                if (object.action != null)
                    if (typeof object.action !== "string" || object.action.length)
                        message.action = $String(object.action);
                if (object.target != null)
                    if (typeof object.target !== "string" || object.target.length)
                        message.target = $String(object.target);
                if (object.result != null)
                    if (typeof object.result !== "string" || object.result.length)
                        message.result = $String(object.result);
                if (object.by != null)
                    if (typeof object.by !== "string" || object.by.length)
                        message.by = $String(object.by);
                return message;
            };

            AuditEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.action = "";
                    object.target = "";
                    object.result = "";
                    object.by = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, true).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber(true) : message.atMs;
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = message.action;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = message.result;
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    object.by = message.by;
                return object;
            };

            AuditEntry.prototype.toJSON = function() {
                return AuditEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            AuditEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AuditEntry";
            };

            return AuditEntry;
        })();

        v1.AdminListAudit = (function() {

            const AdminListAudit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminListAudit.prototype.limit = 0;
            AdminListAudit.prototype.cursor = "";

            AdminListAudit.create = function(properties) {
                return new AdminListAudit(properties);
            };

            AdminListAudit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(8).uint32(message.limit);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                    writer.uint32(18).string(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminListAudit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminListAudit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminListAudit.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminListAudit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminListAudit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminListAudit();
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                if (object.cursor != null)
                    if (typeof object.cursor !== "string" || object.cursor.length)
                        message.cursor = $String(object.cursor);
                return message;
            };

            AdminListAudit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.limit = 0;
                    object.cursor = "";
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                return object;
            };

            AdminListAudit.prototype.toJSON = function() {
                return AdminListAudit.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminListAudit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminListAudit";
            };

            return AdminListAudit;
        })();

        v1.AdminAuditList = (function() {

            const AdminAuditList = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminAuditList.prototype.entries = $util.emptyArray;
            AdminAuditList.prototype.nextCursor = "";

            AdminAuditList.create = function(properties) {
                return new AdminAuditList(properties);
            };

            AdminAuditList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.parley.v1.AuditEntry.encode(message.entries[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && message.nextCursor !== "")
                    writer.uint32(18).string(message.nextCursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminAuditList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminAuditList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.parley.v1.AuditEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nextCursor = value;
                            else
                                delete message.nextCursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminAuditList.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminAuditList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminAuditList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminAuditList();
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".parley.v1.AdminAuditList.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".parley.v1.AdminAuditList.entries: object expected");
                        message.entries[i] = $root.parley.v1.AuditEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                if (object.nextCursor != null)
                    if (typeof object.nextCursor !== "string" || object.nextCursor.length)
                        message.nextCursor = $String(object.nextCursor);
                return message;
            };

            AdminAuditList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (options.defaults)
                    object.nextCursor = "";
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.parley.v1.AuditEntry.toObject(message.entries[j], options, _depth + 1);
                }
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                    object.nextCursor = message.nextCursor;
                return object;
            };

            AdminAuditList.prototype.toJSON = function() {
                return AdminAuditList.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminAuditList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminAuditList";
            };

            return AdminAuditList;
        })();

        v1.AdminReloadTls = (function() {

            const AdminReloadTls = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminReloadTls.prototype.by = "";

            AdminReloadTls.create = function(properties) {
                return new AdminReloadTls(properties);
            };

            AdminReloadTls.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== "")
                    writer.uint32(10).string(message.by);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminReloadTls.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminReloadTls();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.by = value;
                            else
                                delete message.by;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminReloadTls.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminReloadTls)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminReloadTls: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminReloadTls();
                if (object.by != null)
                    if (typeof object.by !== "string" || object.by.length)
                        message.by = $String(object.by);
                return message;
            };

            AdminReloadTls.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.by = "";
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    object.by = message.by;
                return object;
            };

            AdminReloadTls.prototype.toJSON = function() {
                return AdminReloadTls.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminReloadTls.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminReloadTls";
            };

            return AdminReloadTls;
        })();

        v1.AdminReloadTlsResult = (function() {

            const AdminReloadTlsResult = function (properties) {
                this.listeners = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminReloadTlsResult.prototype.fingerprint256 = "";
            AdminReloadTlsResult.prototype.validToMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AdminReloadTlsResult.prototype.listeners = $util.emptyArray;

            AdminReloadTlsResult.create = function(properties) {
                return new AdminReloadTlsResult(properties);
            };

            AdminReloadTlsResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fingerprint256 != null && $Object.hasOwnProperty.call(message, "fingerprint256") && message.fingerprint256 !== "")
                    writer.uint32(10).string(message.fingerprint256);
                if (message.validToMs != null && $Object.hasOwnProperty.call(message, "validToMs") && (typeof message.validToMs === "object" ? message.validToMs.low || message.validToMs.high : message.validToMs !== 0))
                    writer.uint32(16).uint64(message.validToMs);
                if (message.listeners != null && message.listeners.length)
                    for (let i = 0; i < message.listeners.length; ++i)
                        writer.uint32(26).string(message.listeners[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminReloadTlsResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminReloadTlsResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fingerprint256 = value;
                            else
                                delete message.fingerprint256;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.validToMs = value;
                            else
                                delete message.validToMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.listeners && message.listeners.length))
                                message.listeners = [];
                            message.listeners.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminReloadTlsResult.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminReloadTlsResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminReloadTlsResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminReloadTlsResult();
                if (object.fingerprint256 != null)
                    if (typeof object.fingerprint256 !== "string" || object.fingerprint256.length)
                        message.fingerprint256 = $String(object.fingerprint256);
                if (object.validToMs != null)
                    if (typeof object.validToMs === "object" ? object.validToMs.low || object.validToMs.high : $Number(object.validToMs) !== 0)
                        if ($util.Long)
                            message.validToMs = $util.Long.fromValue(object.validToMs, true);
                        else if (typeof object.validToMs === "string")
                            message.validToMs = $parseInt(object.validToMs, 10);
                        else if (typeof object.validToMs === "number")
                            message.validToMs = object.validToMs;
                        else if (typeof object.validToMs === "object")
                            message.validToMs = new $util.LongBits(object.validToMs.low >>> 0, object.validToMs.high >>> 0).toNumber(true);
                if (object.listeners) {
                    if (!$Array.isArray(object.listeners))
                        throw $TypeError(".parley.v1.AdminReloadTlsResult.listeners: array expected");
                    message.listeners = $Array(object.listeners.length);
                    for (let i = 0; i < object.listeners.length; ++i)
                        message.listeners[i] = $String(object.listeners[i]);
                }
                return message;
            };

            AdminReloadTlsResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.listeners = [];
                if (options.defaults) {
                    object.fingerprint256 = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.validToMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.validToMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.fingerprint256 != null && $Object.hasOwnProperty.call(message, "fingerprint256"))
                    object.fingerprint256 = message.fingerprint256;
                if (message.validToMs != null && $Object.hasOwnProperty.call(message, "validToMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.validToMs = typeof message.validToMs === "number" ? $BigInt(message.validToMs) : $util.Long.fromBits(message.validToMs.low >>> 0, message.validToMs.high >>> 0, true).toBigInt();
                    else if (typeof message.validToMs === "number")
                        object.validToMs = options.longs === $String ? $String(message.validToMs) : message.validToMs;
                    else
                        object.validToMs = options.longs === $String ? $util.Long.prototype.toString.call(message.validToMs) : options.longs === $Number ? new $util.LongBits(message.validToMs.low >>> 0, message.validToMs.high >>> 0).toNumber(true) : message.validToMs;
                if (message.listeners && message.listeners.length) {
                    object.listeners = $Array(message.listeners.length);
                    for (let j = 0; j < message.listeners.length; ++j)
                        object.listeners[j] = message.listeners[j];
                }
                return object;
            };

            AdminReloadTlsResult.prototype.toJSON = function() {
                return AdminReloadTlsResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminReloadTlsResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminReloadTlsResult";
            };

            return AdminReloadTlsResult;
        })();

        v1.AccountInfo = (function() {

            const AccountInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AccountInfo.prototype.name = "";
            AccountInfo.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AccountInfo.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AccountInfo.prototype.locked = false;
            AccountInfo.prototype.sessions = 0;
            AccountInfo.prototype.failedLogins = 0;

            AccountInfo.create = function(properties) {
                return new AccountInfo(properties);
            };

            AccountInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(16).uint64(message.createdAtMs);
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs") && (typeof message.lastSeenMs === "object" ? message.lastSeenMs.low || message.lastSeenMs.high : message.lastSeenMs !== 0))
                    writer.uint32(24).uint64(message.lastSeenMs);
                if (message.locked != null && $Object.hasOwnProperty.call(message, "locked") && message.locked !== false)
                    writer.uint32(32).bool(message.locked);
                if (message.sessions != null && $Object.hasOwnProperty.call(message, "sessions") && message.sessions !== 0)
                    writer.uint32(40).uint32(message.sessions);
                if (message.failedLogins != null && $Object.hasOwnProperty.call(message, "failedLogins") && message.failedLogins !== 0)
                    writer.uint32(48).uint32(message.failedLogins);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AccountInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AccountInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeenMs = value;
                            else
                                delete message.lastSeenMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.locked = value;
                            else
                                delete message.locked;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sessions = value;
                            else
                                delete message.sessions;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.failedLogins = value;
                            else
                                delete message.failedLogins;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AccountInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AccountInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AccountInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AccountInfo();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.createdAtMs != null)
                    if (typeof object.createdAtMs === "object" ? object.createdAtMs.low || object.createdAtMs.high : $Number(object.createdAtMs) !== 0)
                        if ($util.Long)
                            message.createdAtMs = $util.Long.fromValue(object.createdAtMs, true);
                        else if (typeof object.createdAtMs === "string")
                            message.createdAtMs = $parseInt(object.createdAtMs, 10);
                        else if (typeof object.createdAtMs === "number")
                            message.createdAtMs = object.createdAtMs;
                        else if (typeof object.createdAtMs === "object")
                            message.createdAtMs = new $util.LongBits(object.createdAtMs.low >>> 0, object.createdAtMs.high >>> 0).toNumber(true);
                if (object.lastSeenMs != null)
                    if (typeof object.lastSeenMs === "object" ? object.lastSeenMs.low || object.lastSeenMs.high : $Number(object.lastSeenMs) !== 0)
                        if ($util.Long)
                            message.lastSeenMs = $util.Long.fromValue(object.lastSeenMs, true);
                        else if (typeof object.lastSeenMs === "string")
                            message.lastSeenMs = $parseInt(object.lastSeenMs, 10);
                        else if (typeof object.lastSeenMs === "number")
                            message.lastSeenMs = object.lastSeenMs;
                        else if (typeof object.lastSeenMs === "object")
                            message.lastSeenMs = new $util.LongBits(object.lastSeenMs.low >>> 0, object.lastSeenMs.high >>> 0).toNumber(true);
                if (object.locked != null)
                    if (object.locked)
                        message.locked = $Boolean(object.locked);
                if (object.sessions != null)
                    if ($Number(object.sessions) !== 0)
                        message.sessions = object.sessions >>> 0;
                if (object.failedLogins != null)
                    if ($Number(object.failedLogins) !== 0)
                        message.failedLogins = object.failedLogins >>> 0;
                return message;
            };

            AccountInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.createdAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeenMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeenMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.locked = false;
                    object.sessions = 0;
                    object.failedLogins = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAtMs = typeof message.createdAtMs === "number" ? $BigInt(message.createdAtMs) : $util.Long.fromBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.createdAtMs === "number")
                        object.createdAtMs = options.longs === $String ? $String(message.createdAtMs) : message.createdAtMs;
                    else
                        object.createdAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAtMs) : options.longs === $Number ? new $util.LongBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0).toNumber(true) : message.createdAtMs;
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeenMs = typeof message.lastSeenMs === "number" ? $BigInt(message.lastSeenMs) : $util.Long.fromBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeenMs === "number")
                        object.lastSeenMs = options.longs === $String ? $String(message.lastSeenMs) : message.lastSeenMs;
                    else
                        object.lastSeenMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeenMs) : options.longs === $Number ? new $util.LongBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0).toNumber(true) : message.lastSeenMs;
                if (message.locked != null && $Object.hasOwnProperty.call(message, "locked"))
                    object.locked = message.locked;
                if (message.sessions != null && $Object.hasOwnProperty.call(message, "sessions"))
                    object.sessions = message.sessions;
                if (message.failedLogins != null && $Object.hasOwnProperty.call(message, "failedLogins"))
                    object.failedLogins = message.failedLogins;
                return object;
            };

            AccountInfo.prototype.toJSON = function() {
                return AccountInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            AccountInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AccountInfo";
            };

            return AccountInfo;
        })();

        v1.AdminListAccounts = (function() {

            const AdminListAccounts = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminListAccounts.create = function(properties) {
                return new AdminListAccounts(properties);
            };

            AdminListAccounts.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminListAccounts.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminListAccounts();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminListAccounts.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminListAccounts)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminListAccounts: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.parley.v1.AdminListAccounts();
            };

            AdminListAccounts.toObject = function () {
                return {};
            };

            AdminListAccounts.prototype.toJSON = function() {
                return AdminListAccounts.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminListAccounts.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminListAccounts";
            };

            return AdminListAccounts;
        })();

        v1.AdminAccountList = (function() {

            const AdminAccountList = function (properties) {
                this.accounts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminAccountList.prototype.accounts = $util.emptyArray;

            AdminAccountList.create = function(properties) {
                return new AdminAccountList(properties);
            };

            AdminAccountList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accounts != null && message.accounts.length)
                    for (let i = 0; i < message.accounts.length; ++i)
                        $root.parley.v1.AccountInfo.encode(message.accounts[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminAccountList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminAccountList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.accounts && message.accounts.length))
                                message.accounts = [];
                            message.accounts.push($root.parley.v1.AccountInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminAccountList.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminAccountList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminAccountList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminAccountList();
                if (object.accounts) {
                    if (!$Array.isArray(object.accounts))
                        throw $TypeError(".parley.v1.AdminAccountList.accounts: array expected");
                    message.accounts = $Array(object.accounts.length);
                    for (let i = 0; i < object.accounts.length; ++i) {
                        if (!$util.isObject(object.accounts[i]))
                            throw $TypeError(".parley.v1.AdminAccountList.accounts: object expected");
                        message.accounts[i] = $root.parley.v1.AccountInfo.fromObject(object.accounts[i], _depth + 1);
                    }
                }
                return message;
            };

            AdminAccountList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.accounts = [];
                if (message.accounts && message.accounts.length) {
                    object.accounts = $Array(message.accounts.length);
                    for (let j = 0; j < message.accounts.length; ++j)
                        object.accounts[j] = $root.parley.v1.AccountInfo.toObject(message.accounts[j], options, _depth + 1);
                }
                return object;
            };

            AdminAccountList.prototype.toJSON = function() {
                return AdminAccountList.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminAccountList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminAccountList";
            };

            return AdminAccountList;
        })();

        v1.AdminGetAccount = (function() {

            const AdminGetAccount = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminGetAccount.prototype.name = "";

            AdminGetAccount.create = function(properties) {
                return new AdminGetAccount(properties);
            };

            AdminGetAccount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminGetAccount.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminGetAccount();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminGetAccount.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminGetAccount)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminGetAccount: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminGetAccount();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            AdminGetAccount.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            AdminGetAccount.prototype.toJSON = function() {
                return AdminGetAccount.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminGetAccount.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminGetAccount";
            };

            return AdminGetAccount;
        })();

        v1.AdminAccountDetail = (function() {

            const AdminAccountDetail = function (properties) {
                this.sessions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminAccountDetail.prototype.account = null;
            AdminAccountDetail.prototype.sessions = $util.emptyArray;

            AdminAccountDetail.create = function(properties) {
                return new AdminAccountDetail(properties);
            };

            AdminAccountDetail.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                    $root.parley.v1.AccountInfo.encode(message.account, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.sessions != null && message.sessions.length)
                    for (let i = 0; i < message.sessions.length; ++i)
                        $root.parley.v1.SessionInfo.encode(message.sessions[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminAccountDetail.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminAccountDetail();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.account = $root.parley.v1.AccountInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.account);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sessions && message.sessions.length))
                                message.sessions = [];
                            message.sessions.push($root.parley.v1.SessionInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminAccountDetail.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminAccountDetail)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminAccountDetail: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminAccountDetail();
                if (object.account != null) {
                    if (!$util.isObject(object.account))
                        throw $TypeError(".parley.v1.AdminAccountDetail.account: object expected");
                    message.account = $root.parley.v1.AccountInfo.fromObject(object.account, _depth + 1);
                }
                if (object.sessions) {
                    if (!$Array.isArray(object.sessions))
                        throw $TypeError(".parley.v1.AdminAccountDetail.sessions: array expected");
                    message.sessions = $Array(object.sessions.length);
                    for (let i = 0; i < object.sessions.length; ++i) {
                        if (!$util.isObject(object.sessions[i]))
                            throw $TypeError(".parley.v1.AdminAccountDetail.sessions: object expected");
                        message.sessions[i] = $root.parley.v1.SessionInfo.fromObject(object.sessions[i], _depth + 1);
                    }
                }
                return message;
            };

            AdminAccountDetail.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.sessions = [];
                if (options.defaults)
                    object.account = null;
                if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                    object.account = $root.parley.v1.AccountInfo.toObject(message.account, options, _depth + 1);
                if (message.sessions && message.sessions.length) {
                    object.sessions = $Array(message.sessions.length);
                    for (let j = 0; j < message.sessions.length; ++j)
                        object.sessions[j] = $root.parley.v1.SessionInfo.toObject(message.sessions[j], options, _depth + 1);
                }
                return object;
            };

            AdminAccountDetail.prototype.toJSON = function() {
                return AdminAccountDetail.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminAccountDetail.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminAccountDetail";
            };

            return AdminAccountDetail;
        })();

        v1.AdminLockAccount = (function() {

            const AdminLockAccount = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminLockAccount.prototype.name = "";
            AdminLockAccount.prototype.locked = false;
            AdminLockAccount.prototype.by = "";

            AdminLockAccount.create = function(properties) {
                return new AdminLockAccount(properties);
            };

            AdminLockAccount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.locked != null && $Object.hasOwnProperty.call(message, "locked") && message.locked !== false)
                    writer.uint32(16).bool(message.locked);
                if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== "")
                    writer.uint32(26).string(message.by);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminLockAccount.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminLockAccount();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.locked = value;
                            else
                                delete message.locked;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.by = value;
                            else
                                delete message.by;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminLockAccount.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminLockAccount)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminLockAccount: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminLockAccount();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.locked != null)
                    if (object.locked)
                        message.locked = $Boolean(object.locked);
                if (object.by != null)
                    if (typeof object.by !== "string" || object.by.length)
                        message.by = $String(object.by);
                return message;
            };

            AdminLockAccount.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.locked = false;
                    object.by = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.locked != null && $Object.hasOwnProperty.call(message, "locked"))
                    object.locked = message.locked;
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    object.by = message.by;
                return object;
            };

            AdminLockAccount.prototype.toJSON = function() {
                return AdminLockAccount.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminLockAccount.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminLockAccount";
            };

            return AdminLockAccount;
        })();

        v1.AdminDeleteAccount = (function() {

            const AdminDeleteAccount = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminDeleteAccount.prototype.name = "";
            AdminDeleteAccount.prototype.by = "";

            AdminDeleteAccount.create = function(properties) {
                return new AdminDeleteAccount(properties);
            };

            AdminDeleteAccount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== "")
                    writer.uint32(18).string(message.by);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminDeleteAccount.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminDeleteAccount();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.by = value;
                            else
                                delete message.by;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminDeleteAccount.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminDeleteAccount)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminDeleteAccount: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminDeleteAccount();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.by != null)
                    if (typeof object.by !== "string" || object.by.length)
                        message.by = $String(object.by);
                return message;
            };

            AdminDeleteAccount.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.by = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    object.by = message.by;
                return object;
            };

            AdminDeleteAccount.prototype.toJSON = function() {
                return AdminDeleteAccount.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminDeleteAccount.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminDeleteAccount";
            };

            return AdminDeleteAccount;
        })();

        v1.AdminSetAccountPassword = (function() {

            const AdminSetAccountPassword = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminSetAccountPassword.prototype.name = "";
            AdminSetAccountPassword.prototype.password = "";
            AdminSetAccountPassword.prototype.by = "";

            AdminSetAccountPassword.create = function(properties) {
                return new AdminSetAccountPassword(properties);
            };

            AdminSetAccountPassword.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                    writer.uint32(18).string(message.password);
                if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== "")
                    writer.uint32(26).string(message.by);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminSetAccountPassword.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminSetAccountPassword();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.password = value;
                            else
                                delete message.password;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.by = value;
                            else
                                delete message.by;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminSetAccountPassword.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminSetAccountPassword)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminSetAccountPassword: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminSetAccountPassword();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.password != null)
                    if (typeof object.password !== "string" || object.password.length)
                        message.password = $String(object.password);
                if (object.by != null)
                    if (typeof object.by !== "string" || object.by.length)
                        message.by = $String(object.by);
                return message;
            };

            AdminSetAccountPassword.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.password = "";
                    object.by = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    object.password = message.password;
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    object.by = message.by;
                return object;
            };

            AdminSetAccountPassword.prototype.toJSON = function() {
                return AdminSetAccountPassword.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminSetAccountPassword.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminSetAccountPassword";
            };

            return AdminSetAccountPassword;
        })();

        v1.AdminAccountResult = (function() {

            const AdminAccountResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminAccountResult.prototype.account = null;

            AdminAccountResult.create = function(properties) {
                return new AdminAccountResult(properties);
            };

            AdminAccountResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                    $root.parley.v1.AccountInfo.encode(message.account, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminAccountResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AdminAccountResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.account = $root.parley.v1.AccountInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.account);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminAccountResult.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AdminAccountResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AdminAccountResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AdminAccountResult();
                if (object.account != null) {
                    if (!$util.isObject(object.account))
                        throw $TypeError(".parley.v1.AdminAccountResult.account: object expected");
                    message.account = $root.parley.v1.AccountInfo.fromObject(object.account, _depth + 1);
                }
                return message;
            };

            AdminAccountResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.account = null;
                if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                    object.account = $root.parley.v1.AccountInfo.toObject(message.account, options, _depth + 1);
                return object;
            };

            AdminAccountResult.prototype.toJSON = function() {
                return AdminAccountResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdminAccountResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AdminAccountResult";
            };

            return AdminAccountResult;
        })();

        v1.SearchHistory = (function() {

            const SearchHistory = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SearchHistory.prototype.query = "";
            SearchHistory.prototype.room = null;
            SearchHistory.prototype.withNick = null;
            SearchHistory.prototype.limit = 0;
            SearchHistory.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            let $oneOfFields;

            $Object.defineProperty(SearchHistory.prototype, "scope", {
                get: $util.oneOfGetter($oneOfFields = ["room", "withNick"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            SearchHistory.create = function(properties) {
                return new SearchHistory(properties);
            };

            SearchHistory.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query !== "")
                    writer.uint32(10).string(message.query);
                if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                    writer.uint32(18).string(message.room);
                if (message.withNick != null && $Object.hasOwnProperty.call(message, "withNick"))
                    writer.uint32(26).string(message.withNick);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(32).uint32(message.limit);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                    writer.uint32(40).uint64(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SearchHistory.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.SearchHistory();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.query = value;
                            else
                                delete message.query;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.room = reader.stringVerify();
                            message.scope = "room";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.withNick = reader.stringVerify();
                            message.scope = "withNick";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SearchHistory.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.SearchHistory)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.SearchHistory: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.SearchHistory();
                if (object.query != null)
                    if (typeof object.query !== "string" || object.query.length)
                        message.query = $String(object.query);
                if (object.room != null)
                    message.room = $String(object.room);
                if (object.withNick != null)
                    message.withNick = $String(object.withNick);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                if (object.cursor != null)
                    if (typeof object.cursor === "object" ? object.cursor.low || object.cursor.high : $Number(object.cursor) !== 0)
                        if ($util.Long)
                            message.cursor = $util.Long.fromValue(object.cursor, true);
                        else if (typeof object.cursor === "string")
                            message.cursor = $parseInt(object.cursor, 10);
                        else if (typeof object.cursor === "number")
                            message.cursor = object.cursor;
                        else if (typeof object.cursor === "object")
                            message.cursor = new $util.LongBits(object.cursor.low >>> 0, object.cursor.high >>> 0).toNumber(true);
                return message;
            };

            SearchHistory.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.query = "";
                    object.limit = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    object.query = message.query;
                if (message.room != null && $Object.hasOwnProperty.call(message, "room")) {
                    object.room = message.room;
                    if (options.oneofs)
                        object.scope = "room";
                }
                if (message.withNick != null && $Object.hasOwnProperty.call(message, "withNick")) {
                    object.withNick = message.withNick;
                    if (options.oneofs)
                        object.scope = "withNick";
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                    else if (typeof message.cursor === "number")
                        object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                    else
                        object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
                return object;
            };

            SearchHistory.prototype.toJSON = function() {
                return SearchHistory.toObject(this, $protobuf.util.toJSONOptions);
            };

            SearchHistory.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.SearchHistory";
            };

            return SearchHistory;
        })();

        v1.SearchResults = (function() {

            const SearchResults = function (properties) {
                this.messages = [];
                this.terms = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SearchResults.prototype.messages = $util.emptyArray;
            SearchResults.prototype.nextCursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SearchResults.prototype.terms = $util.emptyArray;

            SearchResults.create = function(properties) {
                return new SearchResults(properties);
            };

            SearchResults.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.parley.v1.ChatMessage.encode(message.messages[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && (typeof message.nextCursor === "object" ? message.nextCursor.low || message.nextCursor.high : message.nextCursor !== 0))
                    writer.uint32(16).uint64(message.nextCursor);
                if (message.terms != null && message.terms.length)
                    for (let i = 0; i < message.terms.length; ++i)
                        writer.uint32(26).string(message.terms[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SearchResults.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.SearchResults();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.parley.v1.ChatMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nextCursor = value;
                            else
                                delete message.nextCursor;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.terms && message.terms.length))
                                message.terms = [];
                            message.terms.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SearchResults.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.SearchResults)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.SearchResults: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.SearchResults();
                if (object.messages) {
                    if (!$Array.isArray(object.messages))
                        throw $TypeError(".parley.v1.SearchResults.messages: array expected");
                    message.messages = $Array(object.messages.length);
                    for (let i = 0; i < object.messages.length; ++i) {
                        if (!$util.isObject(object.messages[i]))
                            throw $TypeError(".parley.v1.SearchResults.messages: object expected");
                        message.messages[i] = $root.parley.v1.ChatMessage.fromObject(object.messages[i], _depth + 1);
                    }
                }
                if (object.nextCursor != null)
                    if (typeof object.nextCursor === "object" ? object.nextCursor.low || object.nextCursor.high : $Number(object.nextCursor) !== 0)
                        if ($util.Long)
                            message.nextCursor = $util.Long.fromValue(object.nextCursor, true);
                        else if (typeof object.nextCursor === "string")
                            message.nextCursor = $parseInt(object.nextCursor, 10);
                        else if (typeof object.nextCursor === "number")
                            message.nextCursor = object.nextCursor;
                        else if (typeof object.nextCursor === "object")
                            message.nextCursor = new $util.LongBits(object.nextCursor.low >>> 0, object.nextCursor.high >>> 0).toNumber(true);
                if (object.terms) {
                    if (!$Array.isArray(object.terms))
                        throw $TypeError(".parley.v1.SearchResults.terms: array expected");
                    message.terms = $Array(object.terms.length);
                    for (let i = 0; i < object.terms.length; ++i)
                        message.terms[i] = $String(object.terms[i]);
                }
                return message;
            };

            SearchResults.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.messages = [];
                    object.terms = [];
                }
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.nextCursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nextCursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.messages && message.messages.length) {
                    object.messages = $Array(message.messages.length);
                    for (let j = 0; j < message.messages.length; ++j)
                        object.messages[j] = $root.parley.v1.ChatMessage.toObject(message.messages[j], options, _depth + 1);
                }
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nextCursor = typeof message.nextCursor === "number" ? $BigInt(message.nextCursor) : $util.Long.fromBits(message.nextCursor.low >>> 0, message.nextCursor.high >>> 0, true).toBigInt();
                    else if (typeof message.nextCursor === "number")
                        object.nextCursor = options.longs === $String ? $String(message.nextCursor) : message.nextCursor;
                    else
                        object.nextCursor = options.longs === $String ? $util.Long.prototype.toString.call(message.nextCursor) : options.longs === $Number ? new $util.LongBits(message.nextCursor.low >>> 0, message.nextCursor.high >>> 0).toNumber(true) : message.nextCursor;
                if (message.terms && message.terms.length) {
                    object.terms = $Array(message.terms.length);
                    for (let j = 0; j < message.terms.length; ++j)
                        object.terms[j] = message.terms[j];
                }
                return object;
            };

            SearchResults.prototype.toJSON = function() {
                return SearchResults.toObject(this, $protobuf.util.toJSONOptions);
            };

            SearchResults.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.SearchResults";
            };

            return SearchResults;
        })();

        v1.Register = (function() {

            const Register = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Register.prototype.nick = "";
            Register.prototype.password = "";

            Register.create = function(properties) {
                return new Register(properties);
            };

            Register.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick") && message.nick !== "")
                    writer.uint32(10).string(message.nick);
                if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                    writer.uint32(18).string(message.password);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Register.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Register();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nick = value;
                            else
                                delete message.nick;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.password = value;
                            else
                                delete message.password;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Register.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Register)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Register: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Register();
                if (object.nick != null)
                    if (typeof object.nick !== "string" || object.nick.length)
                        message.nick = $String(object.nick);
                if (object.password != null)
                    if (typeof object.password !== "string" || object.password.length)
                        message.password = $String(object.password);
                return message;
            };

            Register.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.nick = "";
                    object.password = "";
                }
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    object.nick = message.nick;
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    object.password = message.password;
                return object;
            };

            Register.prototype.toJSON = function() {
                return Register.toObject(this, $protobuf.util.toJSONOptions);
            };

            Register.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Register";
            };

            return Register;
        })();

        v1.AuthChallenge = (function() {

            const AuthChallenge = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AuthChallenge.prototype.serverFirst = "";

            AuthChallenge.create = function(properties) {
                return new AuthChallenge(properties);
            };

            AuthChallenge.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.serverFirst != null && $Object.hasOwnProperty.call(message, "serverFirst") && message.serverFirst !== "")
                    writer.uint32(10).string(message.serverFirst);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AuthChallenge.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AuthChallenge();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverFirst = value;
                            else
                                delete message.serverFirst;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AuthChallenge.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AuthChallenge)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AuthChallenge: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AuthChallenge();
                if (object.serverFirst != null)
                    if (typeof object.serverFirst !== "string" || object.serverFirst.length)
                        message.serverFirst = $String(object.serverFirst);
                return message;
            };

            AuthChallenge.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.serverFirst = "";
                if (message.serverFirst != null && $Object.hasOwnProperty.call(message, "serverFirst"))
                    object.serverFirst = message.serverFirst;
                return object;
            };

            AuthChallenge.prototype.toJSON = function() {
                return AuthChallenge.toObject(this, $protobuf.util.toJSONOptions);
            };

            AuthChallenge.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AuthChallenge";
            };

            return AuthChallenge;
        })();

        v1.AuthResponse = (function() {

            const AuthResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AuthResponse.prototype.clientFinal = "";

            AuthResponse.create = function(properties) {
                return new AuthResponse(properties);
            };

            AuthResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientFinal != null && $Object.hasOwnProperty.call(message, "clientFinal") && message.clientFinal !== "")
                    writer.uint32(10).string(message.clientFinal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AuthResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.AuthResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientFinal = value;
                            else
                                delete message.clientFinal;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AuthResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.AuthResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.AuthResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.AuthResponse();
                if (object.clientFinal != null)
                    if (typeof object.clientFinal !== "string" || object.clientFinal.length)
                        message.clientFinal = $String(object.clientFinal);
                return message;
            };

            AuthResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.clientFinal = "";
                if (message.clientFinal != null && $Object.hasOwnProperty.call(message, "clientFinal"))
                    object.clientFinal = message.clientFinal;
                return object;
            };

            AuthResponse.prototype.toJSON = function() {
                return AuthResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            AuthResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.AuthResponse";
            };

            return AuthResponse;
        })();

        v1.ChangePassword = (function() {

            const ChangePassword = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ChangePassword.prototype.currentPassword = "";
            ChangePassword.prototype.newPassword = "";

            ChangePassword.create = function(properties) {
                return new ChangePassword(properties);
            };

            ChangePassword.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.currentPassword != null && $Object.hasOwnProperty.call(message, "currentPassword") && message.currentPassword !== "")
                    writer.uint32(10).string(message.currentPassword);
                if (message.newPassword != null && $Object.hasOwnProperty.call(message, "newPassword") && message.newPassword !== "")
                    writer.uint32(18).string(message.newPassword);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ChangePassword.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.ChangePassword();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.currentPassword = value;
                            else
                                delete message.currentPassword;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.newPassword = value;
                            else
                                delete message.newPassword;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ChangePassword.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.ChangePassword)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.ChangePassword: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.ChangePassword();
                if (object.currentPassword != null)
                    if (typeof object.currentPassword !== "string" || object.currentPassword.length)
                        message.currentPassword = $String(object.currentPassword);
                if (object.newPassword != null)
                    if (typeof object.newPassword !== "string" || object.newPassword.length)
                        message.newPassword = $String(object.newPassword);
                return message;
            };

            ChangePassword.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.currentPassword = "";
                    object.newPassword = "";
                }
                if (message.currentPassword != null && $Object.hasOwnProperty.call(message, "currentPassword"))
                    object.currentPassword = message.currentPassword;
                if (message.newPassword != null && $Object.hasOwnProperty.call(message, "newPassword"))
                    object.newPassword = message.newPassword;
                return object;
            };

            ChangePassword.prototype.toJSON = function() {
                return ChangePassword.toObject(this, $protobuf.util.toJSONOptions);
            };

            ChangePassword.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.ChangePassword";
            };

            return ChangePassword;
        })();

        v1.DropAccount = (function() {

            const DropAccount = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DropAccount.prototype.password = "";

            DropAccount.create = function(properties) {
                return new DropAccount(properties);
            };

            DropAccount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                    writer.uint32(10).string(message.password);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DropAccount.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.DropAccount();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.password = value;
                            else
                                delete message.password;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DropAccount.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.DropAccount)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.DropAccount: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.DropAccount();
                if (object.password != null)
                    if (typeof object.password !== "string" || object.password.length)
                        message.password = $String(object.password);
                return message;
            };

            DropAccount.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.password = "";
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    object.password = message.password;
                return object;
            };

            DropAccount.prototype.toJSON = function() {
                return DropAccount.toObject(this, $protobuf.util.toJSONOptions);
            };

            DropAccount.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.DropAccount";
            };

            return DropAccount;
        })();

        v1.Whois = (function() {

            const Whois = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Whois.prototype.nick = "";

            Whois.create = function(properties) {
                return new Whois(properties);
            };

            Whois.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick") && message.nick !== "")
                    writer.uint32(10).string(message.nick);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Whois.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Whois();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nick = value;
                            else
                                delete message.nick;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Whois.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Whois)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Whois: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Whois();
                if (object.nick != null)
                    if (typeof object.nick !== "string" || object.nick.length)
                        message.nick = $String(object.nick);
                return message;
            };

            Whois.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.nick = "";
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    object.nick = message.nick;
                return object;
            };

            Whois.prototype.toJSON = function() {
                return Whois.toObject(this, $protobuf.util.toJSONOptions);
            };

            Whois.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Whois";
            };

            return Whois;
        })();

        v1.UserInfo = (function() {

            const UserInfo = function (properties) {
                this.sharedRooms = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            UserInfo.prototype.nick = "";
            UserInfo.prototype.account = "";
            UserInfo.prototype.idleMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            UserInfo.prototype.sharedRooms = $util.emptyArray;
            UserInfo.prototype.awayMessage = "";
            UserInfo.prototype.awaySinceMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            UserInfo.prototype.connectedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            UserInfo.prototype.clients = 0;

            UserInfo.create = function(properties) {
                return new UserInfo(properties);
            };

            UserInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick") && message.nick !== "")
                    writer.uint32(10).string(message.nick);
                if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account !== "")
                    writer.uint32(18).string(message.account);
                if (message.idleMs != null && $Object.hasOwnProperty.call(message, "idleMs") && (typeof message.idleMs === "object" ? message.idleMs.low || message.idleMs.high : message.idleMs !== 0))
                    writer.uint32(24).uint64(message.idleMs);
                if (message.sharedRooms != null && message.sharedRooms.length)
                    for (let i = 0; i < message.sharedRooms.length; ++i)
                        writer.uint32(34).string(message.sharedRooms[i]);
                if (message.awayMessage != null && $Object.hasOwnProperty.call(message, "awayMessage") && message.awayMessage !== "")
                    writer.uint32(42).string(message.awayMessage);
                if (message.awaySinceMs != null && $Object.hasOwnProperty.call(message, "awaySinceMs") && (typeof message.awaySinceMs === "object" ? message.awaySinceMs.low || message.awaySinceMs.high : message.awaySinceMs !== 0))
                    writer.uint32(48).uint64(message.awaySinceMs);
                if (message.connectedAtMs != null && $Object.hasOwnProperty.call(message, "connectedAtMs") && (typeof message.connectedAtMs === "object" ? message.connectedAtMs.low || message.connectedAtMs.high : message.connectedAtMs !== 0))
                    writer.uint32(56).uint64(message.connectedAtMs);
                if (message.clients != null && $Object.hasOwnProperty.call(message, "clients") && message.clients !== 0)
                    writer.uint32(64).uint32(message.clients);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            UserInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.UserInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nick = value;
                            else
                                delete message.nick;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.account = value;
                            else
                                delete message.account;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.idleMs = value;
                            else
                                delete message.idleMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sharedRooms && message.sharedRooms.length))
                                message.sharedRooms = [];
                            message.sharedRooms.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.awayMessage = value;
                            else
                                delete message.awayMessage;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.awaySinceMs = value;
                            else
                                delete message.awaySinceMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.connectedAtMs = value;
                            else
                                delete message.connectedAtMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.clients = value;
                            else
                                delete message.clients;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            UserInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.UserInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.UserInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.UserInfo();
                if (object.nick != null)
                    if (typeof object.nick !== "string" || object.nick.length)
                        message.nick = $String(object.nick);
                if (object.account != null)
                    if (typeof object.account !== "string" || object.account.length)
                        message.account = $String(object.account);
                if (object.idleMs != null)
                    if (typeof object.idleMs === "object" ? object.idleMs.low || object.idleMs.high : $Number(object.idleMs) !== 0)
                        if ($util.Long)
                            message.idleMs = $util.Long.fromValue(object.idleMs, true);
                        else if (typeof object.idleMs === "string")
                            message.idleMs = $parseInt(object.idleMs, 10);
                        else if (typeof object.idleMs === "number")
                            message.idleMs = object.idleMs;
                        else if (typeof object.idleMs === "object")
                            message.idleMs = new $util.LongBits(object.idleMs.low >>> 0, object.idleMs.high >>> 0).toNumber(true);
                if (object.sharedRooms) {
                    if (!$Array.isArray(object.sharedRooms))
                        throw $TypeError(".parley.v1.UserInfo.sharedRooms: array expected");
                    message.sharedRooms = $Array(object.sharedRooms.length);
                    for (let i = 0; i < object.sharedRooms.length; ++i)
                        message.sharedRooms[i] = $String(object.sharedRooms[i]);
                }
                if (object.awayMessage != null)
                    if (typeof object.awayMessage !== "string" || object.awayMessage.length)
                        message.awayMessage = $String(object.awayMessage);
                if (object.awaySinceMs != null)
                    if (typeof object.awaySinceMs === "object" ? object.awaySinceMs.low || object.awaySinceMs.high : $Number(object.awaySinceMs) !== 0)
                        if ($util.Long)
                            message.awaySinceMs = $util.Long.fromValue(object.awaySinceMs, true);
                        else if (typeof object.awaySinceMs === "string")
                            message.awaySinceMs = $parseInt(object.awaySinceMs, 10);
                        else if (typeof object.awaySinceMs === "number")
                            message.awaySinceMs = object.awaySinceMs;
                        else if (typeof object.awaySinceMs === "object")
                            message.awaySinceMs = new $util.LongBits(object.awaySinceMs.low >>> 0, object.awaySinceMs.high >>> 0).toNumber(true);
                if (object.connectedAtMs != null)
                    if (typeof object.connectedAtMs === "object" ? object.connectedAtMs.low || object.connectedAtMs.high : $Number(object.connectedAtMs) !== 0)
                        if ($util.Long)
                            message.connectedAtMs = $util.Long.fromValue(object.connectedAtMs, true);
                        else if (typeof object.connectedAtMs === "string")
                            message.connectedAtMs = $parseInt(object.connectedAtMs, 10);
                        else if (typeof object.connectedAtMs === "number")
                            message.connectedAtMs = object.connectedAtMs;
                        else if (typeof object.connectedAtMs === "object")
                            message.connectedAtMs = new $util.LongBits(object.connectedAtMs.low >>> 0, object.connectedAtMs.high >>> 0).toNumber(true);
                if (object.clients != null)
                    if ($Number(object.clients) !== 0)
                        message.clients = object.clients >>> 0;
                return message;
            };

            UserInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.sharedRooms = [];
                if (options.defaults) {
                    object.nick = "";
                    object.account = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.idleMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.idleMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.awayMessage = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.awaySinceMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.awaySinceMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.connectedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.connectedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.clients = 0;
                }
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    object.nick = message.nick;
                if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                    object.account = message.account;
                if (message.idleMs != null && $Object.hasOwnProperty.call(message, "idleMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.idleMs = typeof message.idleMs === "number" ? $BigInt(message.idleMs) : $util.Long.fromBits(message.idleMs.low >>> 0, message.idleMs.high >>> 0, true).toBigInt();
                    else if (typeof message.idleMs === "number")
                        object.idleMs = options.longs === $String ? $String(message.idleMs) : message.idleMs;
                    else
                        object.idleMs = options.longs === $String ? $util.Long.prototype.toString.call(message.idleMs) : options.longs === $Number ? new $util.LongBits(message.idleMs.low >>> 0, message.idleMs.high >>> 0).toNumber(true) : message.idleMs;
                if (message.sharedRooms && message.sharedRooms.length) {
                    object.sharedRooms = $Array(message.sharedRooms.length);
                    for (let j = 0; j < message.sharedRooms.length; ++j)
                        object.sharedRooms[j] = message.sharedRooms[j];
                }
                if (message.awayMessage != null && $Object.hasOwnProperty.call(message, "awayMessage"))
                    object.awayMessage = message.awayMessage;
                if (message.awaySinceMs != null && $Object.hasOwnProperty.call(message, "awaySinceMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.awaySinceMs = typeof message.awaySinceMs === "number" ? $BigInt(message.awaySinceMs) : $util.Long.fromBits(message.awaySinceMs.low >>> 0, message.awaySinceMs.high >>> 0, true).toBigInt();
                    else if (typeof message.awaySinceMs === "number")
                        object.awaySinceMs = options.longs === $String ? $String(message.awaySinceMs) : message.awaySinceMs;
                    else
                        object.awaySinceMs = options.longs === $String ? $util.Long.prototype.toString.call(message.awaySinceMs) : options.longs === $Number ? new $util.LongBits(message.awaySinceMs.low >>> 0, message.awaySinceMs.high >>> 0).toNumber(true) : message.awaySinceMs;
                if (message.connectedAtMs != null && $Object.hasOwnProperty.call(message, "connectedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.connectedAtMs = typeof message.connectedAtMs === "number" ? $BigInt(message.connectedAtMs) : $util.Long.fromBits(message.connectedAtMs.low >>> 0, message.connectedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.connectedAtMs === "number")
                        object.connectedAtMs = options.longs === $String ? $String(message.connectedAtMs) : message.connectedAtMs;
                    else
                        object.connectedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.connectedAtMs) : options.longs === $Number ? new $util.LongBits(message.connectedAtMs.low >>> 0, message.connectedAtMs.high >>> 0).toNumber(true) : message.connectedAtMs;
                if (message.clients != null && $Object.hasOwnProperty.call(message, "clients"))
                    object.clients = message.clients;
                return object;
            };

            UserInfo.prototype.toJSON = function() {
                return UserInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            UserInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.UserInfo";
            };

            return UserInfo;
        })();

        v1.SetAway = (function() {

            const SetAway = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SetAway.prototype.message = "";

            SetAway.create = function(properties) {
                return new SetAway(properties);
            };

            SetAway.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(10).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SetAway.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.SetAway();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SetAway.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.SetAway)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.SetAway: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.SetAway();
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            SetAway.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.message = "";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            SetAway.prototype.toJSON = function() {
                return SetAway.toObject(this, $protobuf.util.toJSONOptions);
            };

            SetAway.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.SetAway";
            };

            return SetAway;
        })();

        v1.UserAway = (function() {

            const UserAway = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            UserAway.prototype.nick = "";
            UserAway.prototype.message = "";
            UserAway.prototype.sinceMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            UserAway.create = function(properties) {
                return new UserAway(properties);
            };

            UserAway.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick") && message.nick !== "")
                    writer.uint32(10).string(message.nick);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs") && (typeof message.sinceMs === "object" ? message.sinceMs.low || message.sinceMs.high : message.sinceMs !== 0))
                    writer.uint32(24).uint64(message.sinceMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            UserAway.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.UserAway();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nick = value;
                            else
                                delete message.nick;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sinceMs = value;
                            else
                                delete message.sinceMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            UserAway.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.UserAway)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.UserAway: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.UserAway();
                if (object.nick != null)
                    if (typeof object.nick !== "string" || object.nick.length)
                        message.nick = $String(object.nick);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.sinceMs != null)
                    if (typeof object.sinceMs === "object" ? object.sinceMs.low || object.sinceMs.high : $Number(object.sinceMs) !== 0)
                        if ($util.Long)
                            message.sinceMs = $util.Long.fromValue(object.sinceMs, true);
                        else if (typeof object.sinceMs === "string")
                            message.sinceMs = $parseInt(object.sinceMs, 10);
                        else if (typeof object.sinceMs === "number")
                            message.sinceMs = object.sinceMs;
                        else if (typeof object.sinceMs === "object")
                            message.sinceMs = new $util.LongBits(object.sinceMs.low >>> 0, object.sinceMs.high >>> 0).toNumber(true);
                return message;
            };

            UserAway.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.nick = "";
                    object.message = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sinceMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.nick != null && $Object.hasOwnProperty.call(message, "nick"))
                    object.nick = message.nick;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sinceMs = typeof message.sinceMs === "number" ? $BigInt(message.sinceMs) : $util.Long.fromBits(message.sinceMs.low >>> 0, message.sinceMs.high >>> 0, true).toBigInt();
                    else if (typeof message.sinceMs === "number")
                        object.sinceMs = options.longs === $String ? $String(message.sinceMs) : message.sinceMs;
                    else
                        object.sinceMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sinceMs) : options.longs === $Number ? new $util.LongBits(message.sinceMs.low >>> 0, message.sinceMs.high >>> 0).toNumber(true) : message.sinceMs;
                return object;
            };

            UserAway.prototype.toJSON = function() {
                return UserAway.toObject(this, $protobuf.util.toJSONOptions);
            };

            UserAway.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.UserAway";
            };

            return UserAway;
        })();

        v1.StatusRequest = (function() {

            const StatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StatusRequest.prototype.magic = 0;
            StatusRequest.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            StatusRequest.prototype.padding = $util.newBuffer([]);

            StatusRequest.create = function(properties) {
                return new StatusRequest(properties);
            };

            StatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.magic != null && $Object.hasOwnProperty.call(message, "magic") && message.magic !== 0)
                    writer.uint32(13).fixed32(message.magic);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                    writer.uint32(16).uint64(message.nonce);
                if (message.padding != null && $Object.hasOwnProperty.call(message, "padding") && message.padding.length)
                    writer.uint32(122).bytes(message.padding);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StatusRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.StatusRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.magic = value;
                            else
                                delete message.magic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.padding = value;
                            else
                                delete message.padding;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.StatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.StatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.StatusRequest();
                if (object.magic != null)
                    if ($Number(object.magic) !== 0)
                        message.magic = object.magic >>> 0;
                if (object.nonce != null)
                    if (typeof object.nonce === "object" ? object.nonce.low || object.nonce.high : $Number(object.nonce) !== 0)
                        if ($util.Long)
                            message.nonce = $util.Long.fromValue(object.nonce, true);
                        else if (typeof object.nonce === "string")
                            message.nonce = $parseInt(object.nonce, 10);
                        else if (typeof object.nonce === "number")
                            message.nonce = object.nonce;
                        else if (typeof object.nonce === "object")
                            message.nonce = new $util.LongBits(object.nonce.low >>> 0, object.nonce.high >>> 0).toNumber(true);
                if (object.padding != null)
                    if (object.padding.length)
                        if (typeof object.padding === "string")
                            $util.base64.decode(object.padding, message.padding = $util.newBuffer($util.base64.length(object.padding)), 0);
                        else if (object.padding.length >= 0)
                            message.padding = object.padding;
                return message;
            };

            StatusRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.magic = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.nonce = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nonce = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.padding = "";
                    else {
                        object.padding = [];
                        if (options.bytes !== $Array)
                            object.padding = $util.newBuffer(object.padding);
                    }
                }
                if (message.magic != null && $Object.hasOwnProperty.call(message, "magic"))
                    object.magic = message.magic;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nonce = typeof message.nonce === "number" ? $BigInt(message.nonce) : $util.Long.fromBits(message.nonce.low >>> 0, message.nonce.high >>> 0, true).toBigInt();
                    else if (typeof message.nonce === "number")
                        object.nonce = options.longs === $String ? $String(message.nonce) : message.nonce;
                    else
                        object.nonce = options.longs === $String ? $util.Long.prototype.toString.call(message.nonce) : options.longs === $Number ? new $util.LongBits(message.nonce.low >>> 0, message.nonce.high >>> 0).toNumber(true) : message.nonce;
                if (message.padding != null && $Object.hasOwnProperty.call(message, "padding"))
                    object.padding = options.bytes === $String ? $util.base64.encode(message.padding, 0, message.padding.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.padding) : message.padding;
                return object;
            };

            StatusRequest.prototype.toJSON = function() {
                return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            StatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.StatusRequest";
            };

            return StatusRequest;
        })();

        v1.StatusReply = (function() {

            const StatusReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StatusReply.prototype.magic = 0;
            StatusReply.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            StatusReply.prototype.serverName = "";
            StatusReply.prototype.serverVersion = "";
            StatusReply.prototype.protocolVersion = 0;
            StatusReply.prototype.sessionsOnline = 0;
            StatusReply.prototype.rooms = 0;
            StatusReply.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            StatusReply.prototype.tls = false;

            StatusReply.create = function(properties) {
                return new StatusReply(properties);
            };

            StatusReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.magic != null && $Object.hasOwnProperty.call(message, "magic") && message.magic !== 0)
                    writer.uint32(13).fixed32(message.magic);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                    writer.uint32(16).uint64(message.nonce);
                if (message.serverName != null && $Object.hasOwnProperty.call(message, "serverName") && message.serverName !== "")
                    writer.uint32(26).string(message.serverName);
                if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion") && message.serverVersion !== "")
                    writer.uint32(34).string(message.serverVersion);
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(40).uint32(message.protocolVersion);
                if (message.sessionsOnline != null && $Object.hasOwnProperty.call(message, "sessionsOnline") && message.sessionsOnline !== 0)
                    writer.uint32(48).uint32(message.sessionsOnline);
                if (message.rooms != null && $Object.hasOwnProperty.call(message, "rooms") && message.rooms !== 0)
                    writer.uint32(56).uint32(message.rooms);
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs") && (typeof message.uptimeMs === "object" ? message.uptimeMs.low || message.uptimeMs.high : message.uptimeMs !== 0))
                    writer.uint32(64).uint64(message.uptimeMs);
                if (message.tls != null && $Object.hasOwnProperty.call(message, "tls") && message.tls !== false)
                    writer.uint32(72).bool(message.tls);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StatusReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.StatusReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.magic = value;
                            else
                                delete message.magic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverName = value;
                            else
                                delete message.serverName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverVersion = value;
                            else
                                delete message.serverVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sessionsOnline = value;
                            else
                                delete message.sessionsOnline;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rooms = value;
                            else
                                delete message.rooms;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeMs = value;
                            else
                                delete message.uptimeMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.tls = value;
                            else
                                delete message.tls;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StatusReply.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.StatusReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.StatusReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.StatusReply();
                if (object.magic != null)
                    if ($Number(object.magic) !== 0)
                        message.magic = object.magic >>> 0;
                if (object.nonce != null)
                    if (typeof object.nonce === "object" ? object.nonce.low || object.nonce.high : $Number(object.nonce) !== 0)
                        if ($util.Long)
                            message.nonce = $util.Long.fromValue(object.nonce, true);
                        else if (typeof object.nonce === "string")
                            message.nonce = $parseInt(object.nonce, 10);
                        else if (typeof object.nonce === "number")
                            message.nonce = object.nonce;
                        else if (typeof object.nonce === "object")
                            message.nonce = new $util.LongBits(object.nonce.low >>> 0, object.nonce.high >>> 0).toNumber(true);
                if (object.serverName != null)
                    if (typeof object.serverName !== "string" || object.serverName.length)
                        message.serverName = $String(object.serverName);
                if (object.serverVersion != null)
                    if (typeof object.serverVersion !== "string" || object.serverVersion.length)
                        message.serverVersion = $String(object.serverVersion);
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.sessionsOnline != null)
                    if ($Number(object.sessionsOnline) !== 0)
                        message.sessionsOnline = object.sessionsOnline >>> 0;
                if (object.rooms != null)
                    if ($Number(object.rooms) !== 0)
                        message.rooms = object.rooms >>> 0;
                if (object.uptimeMs != null)
                    if (typeof object.uptimeMs === "object" ? object.uptimeMs.low || object.uptimeMs.high : $Number(object.uptimeMs) !== 0)
                        if ($util.Long)
                            message.uptimeMs = $util.Long.fromValue(object.uptimeMs, true);
                        else if (typeof object.uptimeMs === "string")
                            message.uptimeMs = $parseInt(object.uptimeMs, 10);
                        else if (typeof object.uptimeMs === "number")
                            message.uptimeMs = object.uptimeMs;
                        else if (typeof object.uptimeMs === "object")
                            message.uptimeMs = new $util.LongBits(object.uptimeMs.low >>> 0, object.uptimeMs.high >>> 0).toNumber(true);
                if (object.tls != null)
                    if (object.tls)
                        message.tls = $Boolean(object.tls);
                return message;
            };

            StatusReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.magic = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.nonce = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nonce = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.serverName = "";
                    object.serverVersion = "";
                    object.protocolVersion = 0;
                    object.sessionsOnline = 0;
                    object.rooms = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.tls = false;
                }
                if (message.magic != null && $Object.hasOwnProperty.call(message, "magic"))
                    object.magic = message.magic;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nonce = typeof message.nonce === "number" ? $BigInt(message.nonce) : $util.Long.fromBits(message.nonce.low >>> 0, message.nonce.high >>> 0, true).toBigInt();
                    else if (typeof message.nonce === "number")
                        object.nonce = options.longs === $String ? $String(message.nonce) : message.nonce;
                    else
                        object.nonce = options.longs === $String ? $util.Long.prototype.toString.call(message.nonce) : options.longs === $Number ? new $util.LongBits(message.nonce.low >>> 0, message.nonce.high >>> 0).toNumber(true) : message.nonce;
                if (message.serverName != null && $Object.hasOwnProperty.call(message, "serverName"))
                    object.serverName = message.serverName;
                if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion"))
                    object.serverVersion = message.serverVersion;
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.sessionsOnline != null && $Object.hasOwnProperty.call(message, "sessionsOnline"))
                    object.sessionsOnline = message.sessionsOnline;
                if (message.rooms != null && $Object.hasOwnProperty.call(message, "rooms"))
                    object.rooms = message.rooms;
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptimeMs = typeof message.uptimeMs === "number" ? $BigInt(message.uptimeMs) : $util.Long.fromBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.uptimeMs === "number")
                        object.uptimeMs = options.longs === $String ? $String(message.uptimeMs) : message.uptimeMs;
                    else
                        object.uptimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeMs) : options.longs === $Number ? new $util.LongBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0).toNumber(true) : message.uptimeMs;
                if (message.tls != null && $Object.hasOwnProperty.call(message, "tls"))
                    object.tls = message.tls;
                return object;
            };

            StatusReply.prototype.toJSON = function() {
                return StatusReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            StatusReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.StatusReply";
            };

            return StatusReply;
        })();

        return v1;
    })();

    return parley;
})();

export {
  $root as default
};
