import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

export namespace parley {

    namespace v1 {

        interface IEnvelope extends parley.v1.Envelope.$Properties {
        }

        class Envelope {
            constructor(properties?: parley.v1.Envelope.$Properties);
            $unknowns?: Uint8Array[];
            requestId: number;
            hello?: (parley.v1.Hello.$Properties|null);
            welcome?: (parley.v1.Welcome.$Properties|null);
            ping?: (parley.v1.Ping.$Properties|null);
            pong?: (parley.v1.Pong.$Properties|null);
            error?: (parley.v1.Error.$Properties|null);
            ok?: (parley.v1.Ok.$Properties|null);
            login?: (parley.v1.Login.$Properties|null);
            loggedIn?: (parley.v1.LoggedIn.$Properties|null);
            setNick?: (parley.v1.SetNick.$Properties|null);
            quit?: (parley.v1.Quit.$Properties|null);
            register?: (parley.v1.Register.$Properties|null);
            authChallenge?: (parley.v1.AuthChallenge.$Properties|null);
            authResponse?: (parley.v1.AuthResponse.$Properties|null);
            changePassword?: (parley.v1.ChangePassword.$Properties|null);
            dropAccount?: (parley.v1.DropAccount.$Properties|null);
            joinRoom?: (parley.v1.JoinRoom.$Properties|null);
            joined?: (parley.v1.Joined.$Properties|null);
            leaveRoom?: (parley.v1.LeaveRoom.$Properties|null);
            listRooms?: (parley.v1.ListRooms.$Properties|null);
            roomList?: (parley.v1.RoomList.$Properties|null);
            setTopic?: (parley.v1.SetTopic.$Properties|null);
            topicChanged?: (parley.v1.TopicChanged.$Properties|null);
            listMembers?: (parley.v1.ListMembers.$Properties|null);
            memberList?: (parley.v1.MemberList.$Properties|null);
            sendMessage?: (parley.v1.SendMessage.$Properties|null);
            message?: (parley.v1.ChatMessage.$Properties|null);
            fetchHistory?: (parley.v1.FetchHistory.$Properties|null);
            history?: (parley.v1.History.$Properties|null);
            presence?: (parley.v1.Presence.$Properties|null);
            notice?: (parley.v1.Notice.$Properties|null);
            kicked?: (parley.v1.Kicked.$Properties|null);
            fileOffer?: (parley.v1.FileOffer.$Properties|null);
            fileUploadReady?: (parley.v1.FileUploadReady.$Properties|null);
            fileChunk?: (parley.v1.FileChunk.$Properties|null);
            fileChunkAck?: (parley.v1.FileChunkAck.$Properties|null);
            fileUploadDone?: (parley.v1.FileUploadDone.$Properties|null);
            fileGet?: (parley.v1.FileGet.$Properties|null);
            fileDownloadStart?: (parley.v1.FileDownloadStart.$Properties|null);
            fileCancel?: (parley.v1.FileCancel.$Properties|null);
            fileDownloadDone?: (parley.v1.FileDownloadDone.$Properties|null);
            searchHistory?: (parley.v1.SearchHistory.$Properties|null);
            searchResults?: (parley.v1.SearchResults.$Properties|null);
            setReadMarker?: (parley.v1.ReadMarker.$Properties|null);
            readMarker?: (parley.v1.ReadMarker.$Properties|null);
            whois?: (parley.v1.Whois.$Properties|null);
            userInfo?: (parley.v1.UserInfo.$Properties|null);
            setAway?: (parley.v1.SetAway.$Properties|null);
            userAway?: (parley.v1.UserAway.$Properties|null);
            adminAuth?: (parley.v1.AdminAuth.$Properties|null);
            adminListSessions?: (parley.v1.AdminListSessions.$Properties|null);
            adminSessionList?: (parley.v1.AdminSessionList.$Properties|null);
            adminGetSession?: (parley.v1.AdminGetSession.$Properties|null);
            adminSessionDetail?: (parley.v1.AdminSessionDetail.$Properties|null);
            adminKick?: (parley.v1.AdminKick.$Properties|null);
            adminKickResult?: (parley.v1.AdminKickResult.$Properties|null);
            adminBan?: (parley.v1.AdminBan.$Properties|null);
            adminBanResult?: (parley.v1.AdminBanResult.$Properties|null);
            adminUnban?: (parley.v1.AdminUnban.$Properties|null);
            adminUnbanResult?: (parley.v1.AdminUnbanResult.$Properties|null);
            adminListBans?: (parley.v1.AdminListBans.$Properties|null);
            adminBanList?: (parley.v1.AdminBanList.$Properties|null);
            adminListClosed?: (parley.v1.AdminListClosed.$Properties|null);
            adminClosedList?: (parley.v1.AdminClosedList.$Properties|null);
            adminGetStats?: (parley.v1.AdminGetStats.$Properties|null);
            adminStats?: (parley.v1.AdminStats.$Properties|null);
            adminAnnounce?: (parley.v1.AdminAnnounce.$Properties|null);
            adminAnnounceResult?: (parley.v1.AdminAnnounceResult.$Properties|null);
            adminListAudit?: (parley.v1.AdminListAudit.$Properties|null);
            adminAuditList?: (parley.v1.AdminAuditList.$Properties|null);
            adminReloadTls?: (parley.v1.AdminReloadTls.$Properties|null);
            adminReloadTlsResult?: (parley.v1.AdminReloadTlsResult.$Properties|null);
            adminListAccounts?: (parley.v1.AdminListAccounts.$Properties|null);
            adminAccountList?: (parley.v1.AdminAccountList.$Properties|null);
            adminGetAccount?: (parley.v1.AdminGetAccount.$Properties|null);
            adminAccountDetail?: (parley.v1.AdminAccountDetail.$Properties|null);
            adminLockAccount?: (parley.v1.AdminLockAccount.$Properties|null);
            adminDeleteAccount?: (parley.v1.AdminDeleteAccount.$Properties|null);
            adminSetAccountPassword?: (parley.v1.AdminSetAccountPassword.$Properties|null);
            adminAccountResult?: (parley.v1.AdminAccountResult.$Properties|null);
            body?: ("hello"|"welcome"|"ping"|"pong"|"error"|"ok"|"login"|"loggedIn"|"setNick"|"quit"|"register"|"authChallenge"|"authResponse"|"changePassword"|"dropAccount"|"joinRoom"|"joined"|"leaveRoom"|"listRooms"|"roomList"|"setTopic"|"topicChanged"|"listMembers"|"memberList"|"sendMessage"|"message"|"fetchHistory"|"history"|"presence"|"notice"|"kicked"|"fileOffer"|"fileUploadReady"|"fileChunk"|"fileChunkAck"|"fileUploadDone"|"fileGet"|"fileDownloadStart"|"fileCancel"|"fileDownloadDone"|"searchHistory"|"searchResults"|"setReadMarker"|"readMarker"|"whois"|"userInfo"|"setAway"|"userAway"|"adminAuth"|"adminListSessions"|"adminSessionList"|"adminGetSession"|"adminSessionDetail"|"adminKick"|"adminKickResult"|"adminBan"|"adminBanResult"|"adminUnban"|"adminUnbanResult"|"adminListBans"|"adminBanList"|"adminListClosed"|"adminClosedList"|"adminGetStats"|"adminStats"|"adminAnnounce"|"adminAnnounceResult"|"adminListAudit"|"adminAuditList"|"adminReloadTls"|"adminReloadTlsResult"|"adminListAccounts"|"adminAccountList"|"adminGetAccount"|"adminAccountDetail"|"adminLockAccount"|"adminDeleteAccount"|"adminSetAccountPassword"|"adminAccountResult");
            static create(properties: parley.v1.Envelope.$Shape): parley.v1.Envelope & parley.v1.Envelope.$Shape;
            static create(properties?: parley.v1.Envelope.$Properties): parley.v1.Envelope;
            static encode(message: parley.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Envelope & parley.v1.Envelope.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Envelope;
            static toObject(message: parley.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {
            interface $Properties {
                requestId?: (number|null);
                hello?: (parley.v1.Hello.$Properties|null);
                welcome?: (parley.v1.Welcome.$Properties|null);
                ping?: (parley.v1.Ping.$Properties|null);
                pong?: (parley.v1.Pong.$Properties|null);
                error?: (parley.v1.Error.$Properties|null);
                ok?: (parley.v1.Ok.$Properties|null);
                login?: (parley.v1.Login.$Properties|null);
                loggedIn?: (parley.v1.LoggedIn.$Properties|null);
                setNick?: (parley.v1.SetNick.$Properties|null);
                quit?: (parley.v1.Quit.$Properties|null);
                register?: (parley.v1.Register.$Properties|null);
                authChallenge?: (parley.v1.AuthChallenge.$Properties|null);
                authResponse?: (parley.v1.AuthResponse.$Properties|null);
                changePassword?: (parley.v1.ChangePassword.$Properties|null);
                dropAccount?: (parley.v1.DropAccount.$Properties|null);
                joinRoom?: (parley.v1.JoinRoom.$Properties|null);
                joined?: (parley.v1.Joined.$Properties|null);
                leaveRoom?: (parley.v1.LeaveRoom.$Properties|null);
                listRooms?: (parley.v1.ListRooms.$Properties|null);
                roomList?: (parley.v1.RoomList.$Properties|null);
                setTopic?: (parley.v1.SetTopic.$Properties|null);
                topicChanged?: (parley.v1.TopicChanged.$Properties|null);
                listMembers?: (parley.v1.ListMembers.$Properties|null);
                memberList?: (parley.v1.MemberList.$Properties|null);
                sendMessage?: (parley.v1.SendMessage.$Properties|null);
                message?: (parley.v1.ChatMessage.$Properties|null);
                fetchHistory?: (parley.v1.FetchHistory.$Properties|null);
                history?: (parley.v1.History.$Properties|null);
                presence?: (parley.v1.Presence.$Properties|null);
                notice?: (parley.v1.Notice.$Properties|null);
                kicked?: (parley.v1.Kicked.$Properties|null);
                fileOffer?: (parley.v1.FileOffer.$Properties|null);
                fileUploadReady?: (parley.v1.FileUploadReady.$Properties|null);
                fileChunk?: (parley.v1.FileChunk.$Properties|null);
                fileChunkAck?: (parley.v1.FileChunkAck.$Properties|null);
                fileUploadDone?: (parley.v1.FileUploadDone.$Properties|null);
                fileGet?: (parley.v1.FileGet.$Properties|null);
                fileDownloadStart?: (parley.v1.FileDownloadStart.$Properties|null);
                fileCancel?: (parley.v1.FileCancel.$Properties|null);
                fileDownloadDone?: (parley.v1.FileDownloadDone.$Properties|null);
                searchHistory?: (parley.v1.SearchHistory.$Properties|null);
                searchResults?: (parley.v1.SearchResults.$Properties|null);
                setReadMarker?: (parley.v1.ReadMarker.$Properties|null);
                readMarker?: (parley.v1.ReadMarker.$Properties|null);
                whois?: (parley.v1.Whois.$Properties|null);
                userInfo?: (parley.v1.UserInfo.$Properties|null);
                setAway?: (parley.v1.SetAway.$Properties|null);
                userAway?: (parley.v1.UserAway.$Properties|null);
                adminAuth?: (parley.v1.AdminAuth.$Properties|null);
                adminListSessions?: (parley.v1.AdminListSessions.$Properties|null);
                adminSessionList?: (parley.v1.AdminSessionList.$Properties|null);
                adminGetSession?: (parley.v1.AdminGetSession.$Properties|null);
                adminSessionDetail?: (parley.v1.AdminSessionDetail.$Properties|null);
                adminKick?: (parley.v1.AdminKick.$Properties|null);
                adminKickResult?: (parley.v1.AdminKickResult.$Properties|null);
                adminBan?: (parley.v1.AdminBan.$Properties|null);
                adminBanResult?: (parley.v1.AdminBanResult.$Properties|null);
                adminUnban?: (parley.v1.AdminUnban.$Properties|null);
                adminUnbanResult?: (parley.v1.AdminUnbanResult.$Properties|null);
                adminListBans?: (parley.v1.AdminListBans.$Properties|null);
                adminBanList?: (parley.v1.AdminBanList.$Properties|null);
                adminListClosed?: (parley.v1.AdminListClosed.$Properties|null);
                adminClosedList?: (parley.v1.AdminClosedList.$Properties|null);
                adminGetStats?: (parley.v1.AdminGetStats.$Properties|null);
                adminStats?: (parley.v1.AdminStats.$Properties|null);
                adminAnnounce?: (parley.v1.AdminAnnounce.$Properties|null);
                adminAnnounceResult?: (parley.v1.AdminAnnounceResult.$Properties|null);
                adminListAudit?: (parley.v1.AdminListAudit.$Properties|null);
                adminAuditList?: (parley.v1.AdminAuditList.$Properties|null);
                adminReloadTls?: (parley.v1.AdminReloadTls.$Properties|null);
                adminReloadTlsResult?: (parley.v1.AdminReloadTlsResult.$Properties|null);
                adminListAccounts?: (parley.v1.AdminListAccounts.$Properties|null);
                adminAccountList?: (parley.v1.AdminAccountList.$Properties|null);
                adminGetAccount?: (parley.v1.AdminGetAccount.$Properties|null);
                adminAccountDetail?: (parley.v1.AdminAccountDetail.$Properties|null);
                adminLockAccount?: (parley.v1.AdminLockAccount.$Properties|null);
                adminDeleteAccount?: (parley.v1.AdminDeleteAccount.$Properties|null);
                adminSetAccountPassword?: (parley.v1.AdminSetAccountPassword.$Properties|null);
                adminAccountResult?: (parley.v1.AdminAccountResult.$Properties|null);
                body?: ("hello"|"welcome"|"ping"|"pong"|"error"|"ok"|"login"|"loggedIn"|"setNick"|"quit"|"register"|"authChallenge"|"authResponse"|"changePassword"|"dropAccount"|"joinRoom"|"joined"|"leaveRoom"|"listRooms"|"roomList"|"setTopic"|"topicChanged"|"listMembers"|"memberList"|"sendMessage"|"message"|"fetchHistory"|"history"|"presence"|"notice"|"kicked"|"fileOffer"|"fileUploadReady"|"fileChunk"|"fileChunkAck"|"fileUploadDone"|"fileGet"|"fileDownloadStart"|"fileCancel"|"fileDownloadDone"|"searchHistory"|"searchResults"|"setReadMarker"|"readMarker"|"whois"|"userInfo"|"setAway"|"userAway"|"adminAuth"|"adminListSessions"|"adminSessionList"|"adminGetSession"|"adminSessionDetail"|"adminKick"|"adminKickResult"|"adminBan"|"adminBanResult"|"adminUnban"|"adminUnbanResult"|"adminListBans"|"adminBanList"|"adminListClosed"|"adminClosedList"|"adminGetStats"|"adminStats"|"adminAnnounce"|"adminAnnounceResult"|"adminListAudit"|"adminAuditList"|"adminReloadTls"|"adminReloadTlsResult"|"adminListAccounts"|"adminAccountList"|"adminGetAccount"|"adminAccountDetail"|"adminLockAccount"|"adminDeleteAccount"|"adminSetAccountPassword"|"adminAccountResult");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              requestId?: number|null;
              hello?: parley.v1.Hello.$Shape|null;
              welcome?: parley.v1.Welcome.$Shape|null;
              ping?: parley.v1.Ping.$Shape|null;
              pong?: parley.v1.Pong.$Shape|null;
              error?: parley.v1.Error.$Shape|null;
              ok?: parley.v1.Ok.$Shape|null;
              login?: parley.v1.Login.$Shape|null;
              loggedIn?: parley.v1.LoggedIn.$Shape|null;
              setNick?: parley.v1.SetNick.$Shape|null;
              quit?: parley.v1.Quit.$Shape|null;
              register?: parley.v1.Register.$Shape|null;
              authChallenge?: parley.v1.AuthChallenge.$Shape|null;
              authResponse?: parley.v1.AuthResponse.$Shape|null;
              changePassword?: parley.v1.ChangePassword.$Shape|null;
              dropAccount?: parley.v1.DropAccount.$Shape|null;
              joinRoom?: parley.v1.JoinRoom.$Shape|null;
              joined?: parley.v1.Joined.$Shape|null;
              leaveRoom?: parley.v1.LeaveRoom.$Shape|null;
              listRooms?: parley.v1.ListRooms.$Shape|null;
              roomList?: parley.v1.RoomList.$Shape|null;
              setTopic?: parley.v1.SetTopic.$Shape|null;
              topicChanged?: parley.v1.TopicChanged.$Shape|null;
              listMembers?: parley.v1.ListMembers.$Shape|null;
              memberList?: parley.v1.MemberList.$Shape|null;
              sendMessage?: parley.v1.SendMessage.$Shape|null;
              message?: parley.v1.ChatMessage.$Shape|null;
              fetchHistory?: parley.v1.FetchHistory.$Shape|null;
              history?: parley.v1.History.$Shape|null;
              presence?: parley.v1.Presence.$Shape|null;
              notice?: parley.v1.Notice.$Shape|null;
              kicked?: parley.v1.Kicked.$Shape|null;
              fileOffer?: parley.v1.FileOffer.$Shape|null;
              fileUploadReady?: parley.v1.FileUploadReady.$Shape|null;
              fileChunk?: parley.v1.FileChunk.$Shape|null;
              fileChunkAck?: parley.v1.FileChunkAck.$Shape|null;
              fileUploadDone?: parley.v1.FileUploadDone.$Shape|null;
              fileGet?: parley.v1.FileGet.$Shape|null;
              fileDownloadStart?: parley.v1.FileDownloadStart.$Shape|null;
              fileCancel?: parley.v1.FileCancel.$Shape|null;
              fileDownloadDone?: parley.v1.FileDownloadDone.$Shape|null;
              searchHistory?: parley.v1.SearchHistory.$Shape|null;
              searchResults?: parley.v1.SearchResults.$Shape|null;
              setReadMarker?: parley.v1.ReadMarker.$Shape|null;
              readMarker?: parley.v1.ReadMarker.$Shape|null;
              whois?: parley.v1.Whois.$Shape|null;
              userInfo?: parley.v1.UserInfo.$Shape|null;
              setAway?: parley.v1.SetAway.$Shape|null;
              userAway?: parley.v1.UserAway.$Shape|null;
              adminAuth?: parley.v1.AdminAuth.$Shape|null;
              adminListSessions?: parley.v1.AdminListSessions.$Shape|null;
              adminSessionList?: parley.v1.AdminSessionList.$Shape|null;
              adminGetSession?: parley.v1.AdminGetSession.$Shape|null;
              adminSessionDetail?: parley.v1.AdminSessionDetail.$Shape|null;
              adminKick?: parley.v1.AdminKick.$Shape|null;
              adminKickResult?: parley.v1.AdminKickResult.$Shape|null;
              adminBan?: parley.v1.AdminBan.$Shape|null;
              adminBanResult?: parley.v1.AdminBanResult.$Shape|null;
              adminUnban?: parley.v1.AdminUnban.$Shape|null;
              adminUnbanResult?: parley.v1.AdminUnbanResult.$Shape|null;
              adminListBans?: parley.v1.AdminListBans.$Shape|null;
              adminBanList?: parley.v1.AdminBanList.$Shape|null;
              adminListClosed?: parley.v1.AdminListClosed.$Shape|null;
              adminClosedList?: parley.v1.AdminClosedList.$Shape|null;
              adminGetStats?: parley.v1.AdminGetStats.$Shape|null;
              adminStats?: parley.v1.AdminStats.$Shape|null;
              adminAnnounce?: parley.v1.AdminAnnounce.$Shape|null;
              adminAnnounceResult?: parley.v1.AdminAnnounceResult.$Shape|null;
              adminListAudit?: parley.v1.AdminListAudit.$Shape|null;
              adminAuditList?: parley.v1.AdminAuditList.$Shape|null;
              adminReloadTls?: parley.v1.AdminReloadTls.$Shape|null;
              adminReloadTlsResult?: parley.v1.AdminReloadTlsResult.$Shape|null;
              adminListAccounts?: parley.v1.AdminListAccounts.$Shape|null;
              adminAccountList?: parley.v1.AdminAccountList.$Shape|null;
              adminGetAccount?: parley.v1.AdminGetAccount.$Shape|null;
              adminAccountDetail?: parley.v1.AdminAccountDetail.$Shape|null;
              adminLockAccount?: parley.v1.AdminLockAccount.$Shape|null;
              adminDeleteAccount?: parley.v1.AdminDeleteAccount.$Shape|null;
              adminSetAccountPassword?: parley.v1.AdminSetAccountPassword.$Shape|null;
              adminAccountResult?: parley.v1.AdminAccountResult.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "hello"; hello: parley.v1.Hello.$Shape; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "welcome"; hello?: null; welcome: parley.v1.Welcome.$Shape; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "ping"; hello?: null; welcome?: null; ping: parley.v1.Ping.$Shape; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "pong"; hello?: null; welcome?: null; ping?: null; pong: parley.v1.Pong.$Shape; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "error"; hello?: null; welcome?: null; ping?: null; pong?: null; error: parley.v1.Error.$Shape; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "ok"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok: parley.v1.Ok.$Shape; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "login"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login: parley.v1.Login.$Shape; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "loggedIn"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn: parley.v1.LoggedIn.$Shape; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "setNick"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick: parley.v1.SetNick.$Shape; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "quit"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit: parley.v1.Quit.$Shape; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "register"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register: parley.v1.Register.$Shape; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "authChallenge"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge: parley.v1.AuthChallenge.$Shape; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "authResponse"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse: parley.v1.AuthResponse.$Shape; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "changePassword"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword: parley.v1.ChangePassword.$Shape; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "dropAccount"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount: parley.v1.DropAccount.$Shape; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "joinRoom"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom: parley.v1.JoinRoom.$Shape; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "joined"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined: parley.v1.Joined.$Shape; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "leaveRoom"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom: parley.v1.LeaveRoom.$Shape; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "listRooms"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms: parley.v1.ListRooms.$Shape; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "roomList"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList: parley.v1.RoomList.$Shape; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "setTopic"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic: parley.v1.SetTopic.$Shape; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "topicChanged"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged: parley.v1.TopicChanged.$Shape; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "listMembers"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers: parley.v1.ListMembers.$Shape; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "memberList"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList: parley.v1.MemberList.$Shape; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "sendMessage"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage: parley.v1.SendMessage.$Shape; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "message"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message: parley.v1.ChatMessage.$Shape; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "fetchHistory"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory: parley.v1.FetchHistory.$Shape; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "history"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history: parley.v1.History.$Shape; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "presence"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence: parley.v1.Presence.$Shape; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "notice"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice: parley.v1.Notice.$Shape; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "kicked"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked: parley.v1.Kicked.$Shape; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "fileOffer"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer: parley.v1.FileOffer.$Shape; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "fileUploadReady"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady: parley.v1.FileUploadReady.$Shape; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "fileChunk"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk: parley.v1.FileChunk.$Shape; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "fileChunkAck"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck: parley.v1.FileChunkAck.$Shape; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "fileUploadDone"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone: parley.v1.FileUploadDone.$Shape; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "fileGet"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet: parley.v1.FileGet.$Shape; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "fileDownloadStart"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart: parley.v1.FileDownloadStart.$Shape; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "fileCancel"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel: parley.v1.FileCancel.$Shape; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "fileDownloadDone"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone: parley.v1.FileDownloadDone.$Shape; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "searchHistory"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory: parley.v1.SearchHistory.$Shape; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "searchResults"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults: parley.v1.SearchResults.$Shape; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "setReadMarker"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker: parley.v1.ReadMarker.$Shape; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "readMarker"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker: parley.v1.ReadMarker.$Shape; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "whois"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois: parley.v1.Whois.$Shape; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "userInfo"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo: parley.v1.UserInfo.$Shape; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "setAway"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway: parley.v1.SetAway.$Shape; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "userAway"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway: parley.v1.UserAway.$Shape; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminAuth"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth: parley.v1.AdminAuth.$Shape; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminListSessions"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions: parley.v1.AdminListSessions.$Shape; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminSessionList"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList: parley.v1.AdminSessionList.$Shape; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminGetSession"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession: parley.v1.AdminGetSession.$Shape; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminSessionDetail"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail: parley.v1.AdminSessionDetail.$Shape; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminKick"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick: parley.v1.AdminKick.$Shape; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminKickResult"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult: parley.v1.AdminKickResult.$Shape; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminBan"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan: parley.v1.AdminBan.$Shape; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminBanResult"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult: parley.v1.AdminBanResult.$Shape; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminUnban"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban: parley.v1.AdminUnban.$Shape; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminUnbanResult"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult: parley.v1.AdminUnbanResult.$Shape; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminListBans"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans: parley.v1.AdminListBans.$Shape; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminBanList"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList: parley.v1.AdminBanList.$Shape; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminListClosed"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed: parley.v1.AdminListClosed.$Shape; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminClosedList"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList: parley.v1.AdminClosedList.$Shape; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminGetStats"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats: parley.v1.AdminGetStats.$Shape; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminStats"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats: parley.v1.AdminStats.$Shape; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminAnnounce"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce: parley.v1.AdminAnnounce.$Shape; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminAnnounceResult"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult: parley.v1.AdminAnnounceResult.$Shape; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminListAudit"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit: parley.v1.AdminListAudit.$Shape; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminAuditList"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList: parley.v1.AdminAuditList.$Shape; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminReloadTls"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls: parley.v1.AdminReloadTls.$Shape; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminReloadTlsResult"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult: parley.v1.AdminReloadTlsResult.$Shape; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminListAccounts"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts: parley.v1.AdminListAccounts.$Shape; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminAccountList"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList: parley.v1.AdminAccountList.$Shape; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminGetAccount"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount: parley.v1.AdminGetAccount.$Shape; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminAccountDetail"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail: parley.v1.AdminAccountDetail.$Shape; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminLockAccount"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount: parley.v1.AdminLockAccount.$Shape; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminDeleteAccount"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount: parley.v1.AdminDeleteAccount.$Shape; adminSetAccountPassword?: null; adminAccountResult?: null }|{ body?: "adminSetAccountPassword"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword: parley.v1.AdminSetAccountPassword.$Shape; adminAccountResult?: null }|{ body?: "adminAccountResult"; hello?: null; welcome?: null; ping?: null; pong?: null; error?: null; ok?: null; login?: null; loggedIn?: null; setNick?: null; quit?: null; register?: null; authChallenge?: null; authResponse?: null; changePassword?: null; dropAccount?: null; joinRoom?: null; joined?: null; leaveRoom?: null; listRooms?: null; roomList?: null; setTopic?: null; topicChanged?: null; listMembers?: null; memberList?: null; sendMessage?: null; message?: null; fetchHistory?: null; history?: null; presence?: null; notice?: null; kicked?: null; fileOffer?: null; fileUploadReady?: null; fileChunk?: null; fileChunkAck?: null; fileUploadDone?: null; fileGet?: null; fileDownloadStart?: null; fileCancel?: null; fileDownloadDone?: null; searchHistory?: null; searchResults?: null; setReadMarker?: null; readMarker?: null; whois?: null; userInfo?: null; setAway?: null; userAway?: null; adminAuth?: null; adminListSessions?: null; adminSessionList?: null; adminGetSession?: null; adminSessionDetail?: null; adminKick?: null; adminKickResult?: null; adminBan?: null; adminBanResult?: null; adminUnban?: null; adminUnbanResult?: null; adminListBans?: null; adminBanList?: null; adminListClosed?: null; adminClosedList?: null; adminGetStats?: null; adminStats?: null; adminAnnounce?: null; adminAnnounceResult?: null; adminListAudit?: null; adminAuditList?: null; adminReloadTls?: null; adminReloadTlsResult?: null; adminListAccounts?: null; adminAccountList?: null; adminGetAccount?: null; adminAccountDetail?: null; adminLockAccount?: null; adminDeleteAccount?: null; adminSetAccountPassword?: null; adminAccountResult: parley.v1.AdminAccountResult.$Shape })
            );
        }

        enum ProtocolVersion {
            PROTOCOL_VERSION_UNSPECIFIED = 0,
            PROTOCOL_VERSION_1 = 1
        }

        interface IHello extends parley.v1.Hello.$Properties {
        }

        class Hello {
            constructor(properties?: parley.v1.Hello.$Properties);
            $unknowns?: Uint8Array[];
            protocolVersion: number;
            clientName: string;
            clientVersion: string;
            static create(properties: parley.v1.Hello.$Shape): parley.v1.Hello & parley.v1.Hello.$Shape;
            static create(properties?: parley.v1.Hello.$Properties): parley.v1.Hello;
            static encode(message: parley.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Hello & parley.v1.Hello.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Hello;
            static toObject(message: parley.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {
            interface $Properties {
                protocolVersion?: (number|null);
                clientName?: (string|null);
                clientVersion?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Hello.$Properties;
        }

        interface ILimits extends parley.v1.Limits.$Properties {
        }

        class Limits {
            constructor(properties?: parley.v1.Limits.$Properties);
            $unknowns?: Uint8Array[];
            maxFrameBytes: number;
            maxMessageChars: number;
            ratePerSecond: number;
            rateBurst: number;
            maxNickChars: number;
            maxTopicChars: number;
            maxRoomNameChars: number;
            maxFileBytes: number;
            fileChunkBytes: number;
            maxHistoryFetch: number;
            maxRoomsPerSession: number;
            maxMessageBytes: number;
            static create(properties: parley.v1.Limits.$Shape): parley.v1.Limits & parley.v1.Limits.$Shape;
            static create(properties?: parley.v1.Limits.$Properties): parley.v1.Limits;
            static encode(message: parley.v1.Limits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Limits & parley.v1.Limits.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Limits;
            static toObject(message: parley.v1.Limits, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Limits {
            interface $Properties {
                maxFrameBytes?: (number|null);
                maxMessageChars?: (number|null);
                ratePerSecond?: (number|null);
                rateBurst?: (number|null);
                maxNickChars?: (number|null);
                maxTopicChars?: (number|null);
                maxRoomNameChars?: (number|null);
                maxFileBytes?: (number|null);
                fileChunkBytes?: (number|null);
                maxHistoryFetch?: (number|null);
                maxRoomsPerSession?: (number|null);
                maxMessageBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Limits.$Properties;
        }

        interface IWelcome extends parley.v1.Welcome.$Properties {
        }

        class Welcome {
            constructor(properties?: parley.v1.Welcome.$Properties);
            $unknowns?: Uint8Array[];
            sessionId: number;
            serverName: string;
            serverVersion: string;
            protocolVersion: number;
            heartbeatIntervalMs: number;
            limits?: (parley.v1.Limits.$Properties|null);
            motd: string;
            serverTimeMs: number;
            defaultRoom: string;
            heartbeatTimeoutMs: number;
            static create(properties: parley.v1.Welcome.$Shape): parley.v1.Welcome & parley.v1.Welcome.$Shape;
            static create(properties?: parley.v1.Welcome.$Properties): parley.v1.Welcome;
            static encode(message: parley.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Welcome & parley.v1.Welcome.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Welcome;
            static toObject(message: parley.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Welcome {
            interface $Properties {
                sessionId?: (number|null);
                serverName?: (string|null);
                serverVersion?: (string|null);
                protocolVersion?: (number|null);
                heartbeatIntervalMs?: (number|null);
                limits?: (parley.v1.Limits.$Properties|null);
                motd?: (string|null);
                serverTimeMs?: (number|null);
                defaultRoom?: (string|null);
                heartbeatTimeoutMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Welcome.$Properties;
        }

        interface IPing extends parley.v1.Ping.$Properties {
        }

        class Ping {
            constructor(properties?: parley.v1.Ping.$Properties);
            $unknowns?: Uint8Array[];
            sentAtMs: number;
            static create(properties: parley.v1.Ping.$Shape): parley.v1.Ping & parley.v1.Ping.$Shape;
            static create(properties?: parley.v1.Ping.$Properties): parley.v1.Ping;
            static encode(message: parley.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Ping & parley.v1.Ping.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Ping;
            static toObject(message: parley.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ping {
            interface $Properties {
                sentAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Ping.$Properties;
        }

        interface IPong extends parley.v1.Pong.$Properties {
        }

        class Pong {
            constructor(properties?: parley.v1.Pong.$Properties);
            $unknowns?: Uint8Array[];
            echoSentAtMs: number;
            timeMs: number;
            static create(properties: parley.v1.Pong.$Shape): parley.v1.Pong & parley.v1.Pong.$Shape;
            static create(properties?: parley.v1.Pong.$Properties): parley.v1.Pong;
            static encode(message: parley.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Pong & parley.v1.Pong.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Pong;
            static toObject(message: parley.v1.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Pong {
            interface $Properties {
                echoSentAtMs?: (number|null);
                timeMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Pong.$Properties;
        }

        enum ErrorCode {
            ERROR_CODE_UNSPECIFIED = 0,
            ERROR_CODE_BAD_REQUEST = 1,
            ERROR_CODE_UNKNOWN_MESSAGE = 2,
            ERROR_CODE_NOT_LOGGED_IN = 3,
            ERROR_CODE_NICK_IN_USE = 4,
            ERROR_CODE_INVALID_NICK = 5,
            ERROR_CODE_NO_SUCH_ROOM = 6,
            ERROR_CODE_NO_SUCH_USER = 7,
            ERROR_CODE_RATE_LIMITED = 8,
            ERROR_CODE_FRAME_TOO_LARGE = 9,
            ERROR_CODE_MESSAGE_TOO_LONG = 10,
            ERROR_CODE_BANNED = 11,
            ERROR_CODE_SERVER_FULL = 12,
            ERROR_CODE_UNAUTHORIZED = 13,
            ERROR_CODE_INTERNAL = 14,
            ERROR_CODE_PROTOCOL_VERSION = 15,
            ERROR_CODE_MALFORMED_FRAME = 16,
            ERROR_CODE_NOT_IN_ROOM = 17,
            ERROR_CODE_INVALID_ROOM = 18,
            ERROR_CODE_HANDSHAKE_TIMEOUT = 19,
            ERROR_CODE_NO_SUCH_FILE = 20,
            ERROR_CODE_FILE_TOO_LARGE = 21,
            ERROR_CODE_QUOTA_EXCEEDED = 22,
            ERROR_CODE_CHECKSUM_MISMATCH = 23,
            ERROR_CODE_INVALID_FILE_NAME = 24,
            ERROR_CODE_BAD_OFFSET = 25,
            ERROR_CODE_PING_TIMEOUT = 26,
            ERROR_CODE_SEND_QUEUE_OVERFLOW = 27,
            ERROR_CODE_SHUTTING_DOWN = 28,
            ERROR_CODE_NICK_REGISTERED = 29,
            ERROR_CODE_AUTH_FAILED = 30,
            ERROR_CODE_ACCOUNT_LOCKED = 31,
            ERROR_CODE_REGISTRATION_CLOSED = 32,
            ERROR_CODE_INSECURE_TRANSPORT = 33,
            ERROR_CODE_GUESTS_NOT_ALLOWED = 34,
            ERROR_CODE_WEAK_PASSWORD = 35,
            ERROR_CODE_NO_SUCH_ACCOUNT = 36,
            ERROR_CODE_TOO_MANY_CLIENTS = 37,
            ERROR_CODE_OFFLINE_QUEUE_FULL = 38,
            ERROR_CODE_BAD_SEARCH = 45,
            ERROR_CODE_ACCOUNT_REQUIRED = 46,
            ERROR_CODE_STORE_UNAVAILABLE = 55
        }

        interface IError extends parley.v1.Error.$Properties {
        }

        class Error {
            constructor(properties?: parley.v1.Error.$Properties);
            $unknowns?: Uint8Array[];
            code: parley.v1.ErrorCode;
            message: string;
            fatal: boolean;
            retryAfterMs: number;
            banUntilMs: number;
            static create(properties: parley.v1.Error.$Shape): parley.v1.Error & parley.v1.Error.$Shape;
            static create(properties?: parley.v1.Error.$Properties): parley.v1.Error;
            static encode(message: parley.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Error & parley.v1.Error.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Error;
            static toObject(message: parley.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {
            interface $Properties {
                code?: (parley.v1.ErrorCode|null);
                message?: (string|null);
                fatal?: (boolean|null);
                retryAfterMs?: (number|null);
                banUntilMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Error.$Properties;
        }

        interface IOk extends parley.v1.Ok.$Properties {
        }

        class Ok {
            constructor(properties?: parley.v1.Ok.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: parley.v1.Ok.$Shape): parley.v1.Ok & parley.v1.Ok.$Shape;
            static create(properties?: parley.v1.Ok.$Properties): parley.v1.Ok;
            static encode(message: parley.v1.Ok.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Ok & parley.v1.Ok.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Ok;
            static toObject(message: parley.v1.Ok, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ok {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Ok.$Properties;
        }

        interface ILogin extends parley.v1.Login.$Properties {
        }

        class Login {
            constructor(properties?: parley.v1.Login.$Properties);
            $unknowns?: Uint8Array[];
            nick: string;
            rooms: parley.v1.JoinRoom.$Properties[];
            scramClientFirst: string;
            static create(properties: parley.v1.Login.$Shape): parley.v1.Login & parley.v1.Login.$Shape;
            static create(properties?: parley.v1.Login.$Properties): parley.v1.Login;
            static encode(message: parley.v1.Login.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Login & parley.v1.Login.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Login;
            static toObject(message: parley.v1.Login, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Login {
            interface $Properties {
                nick?: (string|null);
                rooms?: (parley.v1.JoinRoom.$Properties[]|null);
                scramClientFirst?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Login.$Properties;
        }

        interface ILoggedIn extends parley.v1.LoggedIn.$Properties {
        }

        class LoggedIn {
            constructor(properties?: parley.v1.LoggedIn.$Properties);
            $unknowns?: Uint8Array[];
            nick: string;
            sessionId: number;
            account: string;
            scramServerFinal: string;
            unread: parley.v1.Unread.$Properties[];
            static create(properties: parley.v1.LoggedIn.$Shape): parley.v1.LoggedIn & parley.v1.LoggedIn.$Shape;
            static create(properties?: parley.v1.LoggedIn.$Properties): parley.v1.LoggedIn;
            static encode(message: parley.v1.LoggedIn.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.LoggedIn & parley.v1.LoggedIn.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.LoggedIn;
            static toObject(message: parley.v1.LoggedIn, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoggedIn {
            interface $Properties {
                nick?: (string|null);
                sessionId?: (number|null);
                account?: (string|null);
                scramServerFinal?: (string|null);
                unread?: (parley.v1.Unread.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              nick?: string|null;
              sessionId?: number|null;
              account?: string|null;
              scramServerFinal?: string|null;
              unread?: parley.v1.Unread.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface ISetNick extends parley.v1.SetNick.$Properties {
        }

        class SetNick {
            constructor(properties?: parley.v1.SetNick.$Properties);
            $unknowns?: Uint8Array[];
            nick: string;
            static create(properties: parley.v1.SetNick.$Shape): parley.v1.SetNick & parley.v1.SetNick.$Shape;
            static create(properties?: parley.v1.SetNick.$Properties): parley.v1.SetNick;
            static encode(message: parley.v1.SetNick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.SetNick & parley.v1.SetNick.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.SetNick;
            static toObject(message: parley.v1.SetNick, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetNick {
            interface $Properties {
                nick?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.SetNick.$Properties;
        }

        interface IQuit extends parley.v1.Quit.$Properties {
        }

        class Quit {
            constructor(properties?: parley.v1.Quit.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            static create(properties: parley.v1.Quit.$Shape): parley.v1.Quit & parley.v1.Quit.$Shape;
            static create(properties?: parley.v1.Quit.$Properties): parley.v1.Quit;
            static encode(message: parley.v1.Quit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Quit & parley.v1.Quit.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Quit;
            static toObject(message: parley.v1.Quit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Quit {
            interface $Properties {
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Quit.$Properties;
        }

        interface IJoinRoom extends parley.v1.JoinRoom.$Properties {
        }

        class JoinRoom {
            constructor(properties?: parley.v1.JoinRoom.$Properties);
            $unknowns?: Uint8Array[];
            room: string;
            historyLimit: number;
            resume: boolean;
            sinceSeq: number;
            static create(properties: parley.v1.JoinRoom.$Shape): parley.v1.JoinRoom & parley.v1.JoinRoom.$Shape;
            static create(properties?: parley.v1.JoinRoom.$Properties): parley.v1.JoinRoom;
            static encode(message: parley.v1.JoinRoom.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.JoinRoom & parley.v1.JoinRoom.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.JoinRoom;
            static toObject(message: parley.v1.JoinRoom, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace JoinRoom {
            interface $Properties {
                room?: (string|null);
                historyLimit?: (number|null);
                resume?: (boolean|null);
                sinceSeq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.JoinRoom.$Properties;
        }

        interface IMember extends parley.v1.Member.$Properties {
        }

        class Member {
            constructor(properties?: parley.v1.Member.$Properties);
            $unknowns?: Uint8Array[];
            nick: string;
            sessionId: number;
            registered: boolean;
            away: boolean;
            static create(properties: parley.v1.Member.$Shape): parley.v1.Member & parley.v1.Member.$Shape;
            static create(properties?: parley.v1.Member.$Properties): parley.v1.Member;
            static encode(message: parley.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Member & parley.v1.Member.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Member;
            static toObject(message: parley.v1.Member, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Member {
            interface $Properties {
                nick?: (string|null);
                sessionId?: (number|null);
                registered?: (boolean|null);
                away?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Member.$Properties;
        }

        interface IJoined extends parley.v1.Joined.$Properties {
        }

        class Joined {
            constructor(properties?: parley.v1.Joined.$Properties);
            $unknowns?: Uint8Array[];
            room: string;
            topic: string;
            members: parley.v1.Member.$Properties[];
            lastSeq: number;
            membersNextCursor: string;
            static create(properties: parley.v1.Joined.$Shape): parley.v1.Joined & parley.v1.Joined.$Shape;
            static create(properties?: parley.v1.Joined.$Properties): parley.v1.Joined;
            static encode(message: parley.v1.Joined.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Joined & parley.v1.Joined.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Joined;
            static toObject(message: parley.v1.Joined, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Joined {
            interface $Properties {
                room?: (string|null);
                topic?: (string|null);
                members?: (parley.v1.Member.$Properties[]|null);
                lastSeq?: (number|null);
                membersNextCursor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Joined.$Properties;
        }

        interface ILeaveRoom extends parley.v1.LeaveRoom.$Properties {
        }

        class LeaveRoom {
            constructor(properties?: parley.v1.LeaveRoom.$Properties);
            $unknowns?: Uint8Array[];
            room: string;
            reason: string;
            static create(properties: parley.v1.LeaveRoom.$Shape): parley.v1.LeaveRoom & parley.v1.LeaveRoom.$Shape;
            static create(properties?: parley.v1.LeaveRoom.$Properties): parley.v1.LeaveRoom;
            static encode(message: parley.v1.LeaveRoom.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.LeaveRoom & parley.v1.LeaveRoom.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.LeaveRoom;
            static toObject(message: parley.v1.LeaveRoom, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaveRoom {
            interface $Properties {
                room?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.LeaveRoom.$Properties;
        }

        interface IListRooms extends parley.v1.ListRooms.$Properties {
        }

        class ListRooms {
            constructor(properties?: parley.v1.ListRooms.$Properties);
            $unknowns?: Uint8Array[];
            cursor: string;
            limit: number;
            static create(properties: parley.v1.ListRooms.$Shape): parley.v1.ListRooms & parley.v1.ListRooms.$Shape;
            static create(properties?: parley.v1.ListRooms.$Properties): parley.v1.ListRooms;
            static encode(message: parley.v1.ListRooms.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.ListRooms & parley.v1.ListRooms.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.ListRooms;
            static toObject(message: parley.v1.ListRooms, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListRooms {
            interface $Properties {
                cursor?: (string|null);
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.ListRooms.$Properties;
        }

        interface IRoomInfo extends parley.v1.RoomInfo.$Properties {
        }

        class RoomInfo {
            constructor(properties?: parley.v1.RoomInfo.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            topic: string;
            memberCount: number;
            lastSeq: number;
            static create(properties: parley.v1.RoomInfo.$Shape): parley.v1.RoomInfo & parley.v1.RoomInfo.$Shape;
            static create(properties?: parley.v1.RoomInfo.$Properties): parley.v1.RoomInfo;
            static encode(message: parley.v1.RoomInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.RoomInfo & parley.v1.RoomInfo.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.RoomInfo;
            static toObject(message: parley.v1.RoomInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoomInfo {
            interface $Properties {
                name?: (string|null);
                topic?: (string|null);
                memberCount?: (number|null);
                lastSeq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.RoomInfo.$Properties;
        }

        interface IRoomList extends parley.v1.RoomList.$Properties {
        }

        class RoomList {
            constructor(properties?: parley.v1.RoomList.$Properties);
            $unknowns?: Uint8Array[];
            rooms: parley.v1.RoomInfo.$Properties[];
            nextCursor: string;
            static create(properties: parley.v1.RoomList.$Shape): parley.v1.RoomList & parley.v1.RoomList.$Shape;
            static create(properties?: parley.v1.RoomList.$Properties): parley.v1.RoomList;
            static encode(message: parley.v1.RoomList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.RoomList & parley.v1.RoomList.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.RoomList;
            static toObject(message: parley.v1.RoomList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoomList {
            interface $Properties {
                rooms?: (parley.v1.RoomInfo.$Properties[]|null);
                nextCursor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.RoomList.$Properties;
        }

        interface ISetTopic extends parley.v1.SetTopic.$Properties {
        }

        class SetTopic {
            constructor(properties?: parley.v1.SetTopic.$Properties);
            $unknowns?: Uint8Array[];
            room: string;
            topic: string;
            static create(properties: parley.v1.SetTopic.$Shape): parley.v1.SetTopic & parley.v1.SetTopic.$Shape;
            static create(properties?: parley.v1.SetTopic.$Properties): parley.v1.SetTopic;
            static encode(message: parley.v1.SetTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.SetTopic & parley.v1.SetTopic.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.SetTopic;
            static toObject(message: parley.v1.SetTopic, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetTopic {
            interface $Properties {
                room?: (string|null);
                topic?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.SetTopic.$Properties;
        }

        interface ITopicChanged extends parley.v1.TopicChanged.$Properties {
        }

        class TopicChanged {
            constructor(properties?: parley.v1.TopicChanged.$Properties);
            $unknowns?: Uint8Array[];
            room: string;
            topic: string;
            byNick: string;
            atMs: number;
            static create(properties: parley.v1.TopicChanged.$Shape): parley.v1.TopicChanged & parley.v1.TopicChanged.$Shape;
            static create(properties?: parley.v1.TopicChanged.$Properties): parley.v1.TopicChanged;
            static encode(message: parley.v1.TopicChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.TopicChanged & parley.v1.TopicChanged.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.TopicChanged;
            static toObject(message: parley.v1.TopicChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TopicChanged {
            interface $Properties {
                room?: (string|null);
                topic?: (string|null);
                byNick?: (string|null);
                atMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.TopicChanged.$Properties;
        }

        interface IListMembers extends parley.v1.ListMembers.$Properties {
        }

        class ListMembers {
            constructor(properties?: parley.v1.ListMembers.$Properties);
            $unknowns?: Uint8Array[];
            room: string;
            cursor: string;
            limit: number;
            static create(properties: parley.v1.ListMembers.$Shape): parley.v1.ListMembers & parley.v1.ListMembers.$Shape;
            static create(properties?: parley.v1.ListMembers.$Properties): parley.v1.ListMembers;
            static encode(message: parley.v1.ListMembers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.ListMembers & parley.v1.ListMembers.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.ListMembers;
            static toObject(message: parley.v1.ListMembers, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListMembers {
            interface $Properties {
                room?: (string|null);
                cursor?: (string|null);
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.ListMembers.$Properties;
        }

        interface IMemberList extends parley.v1.MemberList.$Properties {
        }

        class MemberList {
            constructor(properties?: parley.v1.MemberList.$Properties);
            $unknowns?: Uint8Array[];
            room: string;
            members: parley.v1.Member.$Properties[];
            nextCursor: string;
            static create(properties: parley.v1.MemberList.$Shape): parley.v1.MemberList & parley.v1.MemberList.$Shape;
            static create(properties?: parley.v1.MemberList.$Properties): parley.v1.MemberList;
            static encode(message: parley.v1.MemberList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MemberList & parley.v1.MemberList.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.MemberList;
            static toObject(message: parley.v1.MemberList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberList {
            interface $Properties {
                room?: (string|null);
                members?: (parley.v1.Member.$Properties[]|null);
                nextCursor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.MemberList.$Properties;
        }

        enum MessageKind {
            MESSAGE_KIND_TEXT = 0,
            MESSAGE_KIND_ACTION = 1,
            MESSAGE_KIND_FILE = 2
        }

        interface ISendMessage extends parley.v1.SendMessage.$Properties {
        }

        class SendMessage {
            constructor(properties?: parley.v1.SendMessage.$Properties);
            $unknowns?: Uint8Array[];
            room?: (string|null);
            toNick?: (string|null);
            text: string;
            clientMsgId: string;
            kind: parley.v1.MessageKind;
            target?: ("room"|"toNick");
            static create(properties: parley.v1.SendMessage.$Shape): parley.v1.SendMessage & parley.v1.SendMessage.$Shape;
            static create(properties?: parley.v1.SendMessage.$Properties): parley.v1.SendMessage;
            static encode(message: parley.v1.SendMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.SendMessage & parley.v1.SendMessage.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.SendMessage;
            static toObject(message: parley.v1.SendMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendMessage {
            interface $Properties {
                room?: (string|null);
                toNick?: (string|null);
                text?: (string|null);
                clientMsgId?: (string|null);
                kind?: (parley.v1.MessageKind|null);
                target?: ("room"|"toNick");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              room?: string|null;
              toNick?: string|null;
              text?: string|null;
              clientMsgId?: string|null;
              kind?: parley.v1.MessageKind|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ target?: undefined; room?: null; toNick?: null }|{ target?: "room"; room: string; toNick?: null }|{ target?: "toNick"; room?: null; toNick: string })
            );
        }

        interface IChatMessage extends parley.v1.ChatMessage.$Properties {
        }

        class ChatMessage {
            constructor(properties?: parley.v1.ChatMessage.$Properties);
            $unknowns?: Uint8Array[];
            room: string;
            toNick: string;
            fromNick: string;
            seq: number;
            sentAtMs: number;
            text: string;
            clientMsgId: string;
            kind: parley.v1.MessageKind;
            file?: (parley.v1.FileInfo.$Properties|null);
            queued: boolean;
            static create(properties: parley.v1.ChatMessage.$Shape): parley.v1.ChatMessage & parley.v1.ChatMessage.$Shape;
            static create(properties?: parley.v1.ChatMessage.$Properties): parley.v1.ChatMessage;
            static encode(message: parley.v1.ChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.ChatMessage & parley.v1.ChatMessage.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.ChatMessage;
            static toObject(message: parley.v1.ChatMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChatMessage {
            interface $Properties {
                room?: (string|null);
                toNick?: (string|null);
                fromNick?: (string|null);
                seq?: (number|null);
                sentAtMs?: (number|null);
                text?: (string|null);
                clientMsgId?: (string|null);
                kind?: (parley.v1.MessageKind|null);
                file?: (parley.v1.FileInfo.$Properties|null);
                queued?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.ChatMessage.$Properties;
        }

        interface IFetchHistory extends parley.v1.FetchHistory.$Properties {
        }

        class FetchHistory {
            constructor(properties?: parley.v1.FetchHistory.$Properties);
            $unknowns?: Uint8Array[];
            room?: (string|null);
            withNick?: (string|null);
            afterSeq: number;
            beforeSeq: number;
            limit: number;
            target?: ("room"|"withNick");
            static create(properties: parley.v1.FetchHistory.$Shape): parley.v1.FetchHistory & parley.v1.FetchHistory.$Shape;
            static create(properties?: parley.v1.FetchHistory.$Properties): parley.v1.FetchHistory;
            static encode(message: parley.v1.FetchHistory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.FetchHistory & parley.v1.FetchHistory.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.FetchHistory;
            static toObject(message: parley.v1.FetchHistory, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FetchHistory {
            interface $Properties {
                room?: (string|null);
                withNick?: (string|null);
                afterSeq?: (number|null);
                beforeSeq?: (number|null);
                limit?: (number|null);
                target?: ("room"|"withNick");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              room?: string|null;
              withNick?: string|null;
              afterSeq?: number|null;
              beforeSeq?: number|null;
              limit?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ target?: undefined; room?: null; withNick?: null }|{ target?: "room"; room: string; withNick?: null }|{ target?: "withNick"; room?: null; withNick: string })
            );
        }

        interface IHistory extends parley.v1.History.$Properties {
        }

        class History {
            constructor(properties?: parley.v1.History.$Properties);
            $unknowns?: Uint8Array[];
            room: string;
            withNick: string;
            messages: parley.v1.ChatMessage.$Properties[];
            hasMore: boolean;
            static create(properties: parley.v1.History.$Shape): parley.v1.History & parley.v1.History.$Shape;
            static create(properties?: parley.v1.History.$Properties): parley.v1.History;
            static encode(message: parley.v1.History.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.History & parley.v1.History.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.History;
            static toObject(message: parley.v1.History, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace History {
            interface $Properties {
                room?: (string|null);
                withNick?: (string|null);
                messages?: (parley.v1.ChatMessage.$Properties[]|null);
                hasMore?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.History.$Properties;
        }

        enum PresenceKind {
            PRESENCE_KIND_UNSPECIFIED = 0,
            PRESENCE_KIND_JOIN = 1,
            PRESENCE_KIND_LEAVE = 2,
            PRESENCE_KIND_QUIT = 3,
            PRESENCE_KIND_NICK = 4,
            PRESENCE_KIND_KICK = 5,
            PRESENCE_KIND_AWAY = 6,
            PRESENCE_KIND_BACK = 7
        }

        interface IPresence extends parley.v1.Presence.$Properties {
        }

        class Presence {
            constructor(properties?: parley.v1.Presence.$Properties);
            $unknowns?: Uint8Array[];
            kind: parley.v1.PresenceKind;
            room: string;
            nick: string;
            oldNick: string;
            reason: string;
            atMs: number;
            sessionId: number;
            by: string;
            registered: boolean;
            away: boolean;
            static create(properties: parley.v1.Presence.$Shape): parley.v1.Presence & parley.v1.Presence.$Shape;
            static create(properties?: parley.v1.Presence.$Properties): parley.v1.Presence;
            static encode(message: parley.v1.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Presence & parley.v1.Presence.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Presence;
            static toObject(message: parley.v1.Presence, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Presence {
            interface $Properties {
                kind?: (parley.v1.PresenceKind|null);
                room?: (string|null);
                nick?: (string|null);
                oldNick?: (string|null);
                reason?: (string|null);
                atMs?: (number|null);
                sessionId?: (number|null);
                by?: (string|null);
                registered?: (boolean|null);
                away?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Presence.$Properties;
        }

        enum NoticeKind {
            NOTICE_KIND_UNSPECIFIED = 0,
            NOTICE_KIND_MOTD = 1,
            NOTICE_KIND_ANNOUNCEMENT = 2,
            NOTICE_KIND_SHUTDOWN = 3,
            NOTICE_KIND_INFO = 4
        }

        interface INotice extends parley.v1.Notice.$Properties {
        }

        class Notice {
            constructor(properties?: parley.v1.Notice.$Properties);
            $unknowns?: Uint8Array[];
            kind: parley.v1.NoticeKind;
            text: string;
            atMs: number;
            static create(properties: parley.v1.Notice.$Shape): parley.v1.Notice & parley.v1.Notice.$Shape;
            static create(properties?: parley.v1.Notice.$Properties): parley.v1.Notice;
            static encode(message: parley.v1.Notice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Notice & parley.v1.Notice.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Notice;
            static toObject(message: parley.v1.Notice, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Notice {
            interface $Properties {
                kind?: (parley.v1.NoticeKind|null);
                text?: (string|null);
                atMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Notice.$Properties;
        }

        interface IKicked extends parley.v1.Kicked.$Properties {
        }

        class Kicked {
            constructor(properties?: parley.v1.Kicked.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            by: string;
            banUntilMs: number;
            banPermanent: boolean;
            static create(properties: parley.v1.Kicked.$Shape): parley.v1.Kicked & parley.v1.Kicked.$Shape;
            static create(properties?: parley.v1.Kicked.$Properties): parley.v1.Kicked;
            static encode(message: parley.v1.Kicked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Kicked & parley.v1.Kicked.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Kicked;
            static toObject(message: parley.v1.Kicked, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Kicked {
            interface $Properties {
                reason?: (string|null);
                by?: (string|null);
                banUntilMs?: (number|null);
                banPermanent?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Kicked.$Properties;
        }

        interface IFileInfo extends parley.v1.FileInfo.$Properties {
        }

        class FileInfo {
            constructor(properties?: parley.v1.FileInfo.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            name: string;
            size: number;
            sha256: string;
            fromNick: string;
            room: string;
            toNick: string;
            expiresAtMs: number;
            static create(properties: parley.v1.FileInfo.$Shape): parley.v1.FileInfo & parley.v1.FileInfo.$Shape;
            static create(properties?: parley.v1.FileInfo.$Properties): parley.v1.FileInfo;
            static encode(message: parley.v1.FileInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.FileInfo & parley.v1.FileInfo.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.FileInfo;
            static toObject(message: parley.v1.FileInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileInfo {
            interface $Properties {
                id?: (string|null);
                name?: (string|null);
                size?: (number|null);
                sha256?: (string|null);
                fromNick?: (string|null);
                room?: (string|null);
                toNick?: (string|null);
                expiresAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.FileInfo.$Properties;
        }

        interface IFileOffer extends parley.v1.FileOffer.$Properties {
        }

        class FileOffer {
            constructor(properties?: parley.v1.FileOffer.$Properties);
            $unknowns?: Uint8Array[];
            room?: (string|null);
            toNick?: (string|null);
            name: string;
            size: number;
            sha256: string;
            resumeUploadId: string;
            target?: ("room"|"toNick");
            static create(properties: parley.v1.FileOffer.$Shape): parley.v1.FileOffer & parley.v1.FileOffer.$Shape;
            static create(properties?: parley.v1.FileOffer.$Properties): parley.v1.FileOffer;
            static encode(message: parley.v1.FileOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.FileOffer & parley.v1.FileOffer.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.FileOffer;
            static toObject(message: parley.v1.FileOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileOffer {
            interface $Properties {
                room?: (string|null);
                toNick?: (string|null);
                name?: (string|null);
                size?: (number|null);
                sha256?: (string|null);
                resumeUploadId?: (string|null);
                target?: ("room"|"toNick");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              room?: string|null;
              toNick?: string|null;
              name?: string|null;
              size?: number|null;
              sha256?: string|null;
              resumeUploadId?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ target?: undefined; room?: null; toNick?: null }|{ target?: "room"; room: string; toNick?: null }|{ target?: "toNick"; room?: null; toNick: string })
            );
        }

        interface IFileUploadReady extends parley.v1.FileUploadReady.$Properties {
        }

        class FileUploadReady {
            constructor(properties?: parley.v1.FileUploadReady.$Properties);
            $unknowns?: Uint8Array[];
            uploadId: string;
            offset: number;
            chunkBytes: number;
            static create(properties: parley.v1.FileUploadReady.$Shape): parley.v1.FileUploadReady & parley.v1.FileUploadReady.$Shape;
            static create(properties?: parley.v1.FileUploadReady.$Properties): parley.v1.FileUploadReady;
            static encode(message: parley.v1.FileUploadReady.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.FileUploadReady & parley.v1.FileUploadReady.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.FileUploadReady;
            static toObject(message: parley.v1.FileUploadReady, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileUploadReady {
            interface $Properties {
                uploadId?: (string|null);
                offset?: (number|null);
                chunkBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.FileUploadReady.$Properties;
        }

        interface IFileChunk extends parley.v1.FileChunk.$Properties {
        }

        class FileChunk {
            constructor(properties?: parley.v1.FileChunk.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            offset: number;
            data: Uint8Array;
            static create(properties: parley.v1.FileChunk.$Shape): parley.v1.FileChunk & parley.v1.FileChunk.$Shape;
            static create(properties?: parley.v1.FileChunk.$Properties): parley.v1.FileChunk;
            static encode(message: parley.v1.FileChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.FileChunk & parley.v1.FileChunk.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.FileChunk;
            static toObject(message: parley.v1.FileChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileChunk {
            interface $Properties {
                id?: (string|null);
                offset?: (number|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.FileChunk.$Properties;
        }

        interface IFileChunkAck extends parley.v1.FileChunkAck.$Properties {
        }

        class FileChunkAck {
            constructor(properties?: parley.v1.FileChunkAck.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            offset: number;
            static create(properties: parley.v1.FileChunkAck.$Shape): parley.v1.FileChunkAck & parley.v1.FileChunkAck.$Shape;
            static create(properties?: parley.v1.FileChunkAck.$Properties): parley.v1.FileChunkAck;
            static encode(message: parley.v1.FileChunkAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.FileChunkAck & parley.v1.FileChunkAck.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.FileChunkAck;
            static toObject(message: parley.v1.FileChunkAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileChunkAck {
            interface $Properties {
                id?: (string|null);
                offset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.FileChunkAck.$Properties;
        }

        interface IFileUploadDone extends parley.v1.FileUploadDone.$Properties {
        }

        class FileUploadDone {
            constructor(properties?: parley.v1.FileUploadDone.$Properties);
            $unknowns?: Uint8Array[];
            uploadId: string;
            static create(properties: parley.v1.FileUploadDone.$Shape): parley.v1.FileUploadDone & parley.v1.FileUploadDone.$Shape;
            static create(properties?: parley.v1.FileUploadDone.$Properties): parley.v1.FileUploadDone;
            static encode(message: parley.v1.FileUploadDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.FileUploadDone & parley.v1.FileUploadDone.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.FileUploadDone;
            static toObject(message: parley.v1.FileUploadDone, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileUploadDone {
            interface $Properties {
                uploadId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.FileUploadDone.$Properties;
        }

        interface IFileGet extends parley.v1.FileGet.$Properties {
        }

        class FileGet {
            constructor(properties?: parley.v1.FileGet.$Properties);
            $unknowns?: Uint8Array[];
            fileId: string;
            offset: number;
            static create(properties: parley.v1.FileGet.$Shape): parley.v1.FileGet & parley.v1.FileGet.$Shape;
            static create(properties?: parley.v1.FileGet.$Properties): parley.v1.FileGet;
            static encode(message: parley.v1.FileGet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.FileGet & parley.v1.FileGet.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.FileGet;
            static toObject(message: parley.v1.FileGet, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileGet {
            interface $Properties {
                fileId?: (string|null);
                offset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.FileGet.$Properties;
        }

        interface IFileDownloadStart extends parley.v1.FileDownloadStart.$Properties {
        }

        class FileDownloadStart {
            constructor(properties?: parley.v1.FileDownloadStart.$Properties);
            $unknowns?: Uint8Array[];
            file?: (parley.v1.FileInfo.$Properties|null);
            offset: number;
            static create(properties: parley.v1.FileDownloadStart.$Shape): parley.v1.FileDownloadStart & parley.v1.FileDownloadStart.$Shape;
            static create(properties?: parley.v1.FileDownloadStart.$Properties): parley.v1.FileDownloadStart;
            static encode(message: parley.v1.FileDownloadStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.FileDownloadStart & parley.v1.FileDownloadStart.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.FileDownloadStart;
            static toObject(message: parley.v1.FileDownloadStart, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileDownloadStart {
            interface $Properties {
                file?: (parley.v1.FileInfo.$Properties|null);
                offset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.FileDownloadStart.$Properties;
        }

        interface IFileDownloadDone extends parley.v1.FileDownloadDone.$Properties {
        }

        class FileDownloadDone {
            constructor(properties?: parley.v1.FileDownloadDone.$Properties);
            $unknowns?: Uint8Array[];
            fileId: string;
            static create(properties: parley.v1.FileDownloadDone.$Shape): parley.v1.FileDownloadDone & parley.v1.FileDownloadDone.$Shape;
            static create(properties?: parley.v1.FileDownloadDone.$Properties): parley.v1.FileDownloadDone;
            static encode(message: parley.v1.FileDownloadDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.FileDownloadDone & parley.v1.FileDownloadDone.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.FileDownloadDone;
            static toObject(message: parley.v1.FileDownloadDone, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileDownloadDone {
            interface $Properties {
                fileId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.FileDownloadDone.$Properties;
        }

        interface IFileCancel extends parley.v1.FileCancel.$Properties {
        }

        class FileCancel {
            constructor(properties?: parley.v1.FileCancel.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            reason: string;
            static create(properties: parley.v1.FileCancel.$Shape): parley.v1.FileCancel & parley.v1.FileCancel.$Shape;
            static create(properties?: parley.v1.FileCancel.$Properties): parley.v1.FileCancel;
            static encode(message: parley.v1.FileCancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.FileCancel & parley.v1.FileCancel.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.FileCancel;
            static toObject(message: parley.v1.FileCancel, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileCancel {
            interface $Properties {
                id?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.FileCancel.$Properties;
        }

        interface IRegister extends parley.v1.Register.$Properties {
        }

        class Register {
            constructor(properties?: parley.v1.Register.$Properties);
            $unknowns?: Uint8Array[];
            nick: string;
            password: string;
            static create(properties: parley.v1.Register.$Shape): parley.v1.Register & parley.v1.Register.$Shape;
            static create(properties?: parley.v1.Register.$Properties): parley.v1.Register;
            static encode(message: parley.v1.Register.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Register & parley.v1.Register.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Register;
            static toObject(message: parley.v1.Register, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Register {
            interface $Properties {
                nick?: (string|null);
                password?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Register.$Properties;
        }

        interface IAuthChallenge extends parley.v1.AuthChallenge.$Properties {
        }

        class AuthChallenge {
            constructor(properties?: parley.v1.AuthChallenge.$Properties);
            $unknowns?: Uint8Array[];
            serverFirst: string;
            static create(properties: parley.v1.AuthChallenge.$Shape): parley.v1.AuthChallenge & parley.v1.AuthChallenge.$Shape;
            static create(properties?: parley.v1.AuthChallenge.$Properties): parley.v1.AuthChallenge;
            static encode(message: parley.v1.AuthChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AuthChallenge & parley.v1.AuthChallenge.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AuthChallenge;
            static toObject(message: parley.v1.AuthChallenge, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuthChallenge {
            interface $Properties {
                serverFirst?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AuthChallenge.$Properties;
        }

        interface IAuthResponse extends parley.v1.AuthResponse.$Properties {
        }

        class AuthResponse {
            constructor(properties?: parley.v1.AuthResponse.$Properties);
            $unknowns?: Uint8Array[];
            clientFinal: string;
            static create(properties: parley.v1.AuthResponse.$Shape): parley.v1.AuthResponse & parley.v1.AuthResponse.$Shape;
            static create(properties?: parley.v1.AuthResponse.$Properties): parley.v1.AuthResponse;
            static encode(message: parley.v1.AuthResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AuthResponse & parley.v1.AuthResponse.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AuthResponse;
            static toObject(message: parley.v1.AuthResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuthResponse {
            interface $Properties {
                clientFinal?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AuthResponse.$Properties;
        }

        interface IChangePassword extends parley.v1.ChangePassword.$Properties {
        }

        class ChangePassword {
            constructor(properties?: parley.v1.ChangePassword.$Properties);
            $unknowns?: Uint8Array[];
            currentPassword: string;
            newPassword: string;
            static create(properties: parley.v1.ChangePassword.$Shape): parley.v1.ChangePassword & parley.v1.ChangePassword.$Shape;
            static create(properties?: parley.v1.ChangePassword.$Properties): parley.v1.ChangePassword;
            static encode(message: parley.v1.ChangePassword.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.ChangePassword & parley.v1.ChangePassword.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.ChangePassword;
            static toObject(message: parley.v1.ChangePassword, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChangePassword {
            interface $Properties {
                currentPassword?: (string|null);
                newPassword?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.ChangePassword.$Properties;
        }

        interface IDropAccount extends parley.v1.DropAccount.$Properties {
        }

        class DropAccount {
            constructor(properties?: parley.v1.DropAccount.$Properties);
            $unknowns?: Uint8Array[];
            password: string;
            static create(properties: parley.v1.DropAccount.$Shape): parley.v1.DropAccount & parley.v1.DropAccount.$Shape;
            static create(properties?: parley.v1.DropAccount.$Properties): parley.v1.DropAccount;
            static encode(message: parley.v1.DropAccount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.DropAccount & parley.v1.DropAccount.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.DropAccount;
            static toObject(message: parley.v1.DropAccount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DropAccount {
            interface $Properties {
                password?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.DropAccount.$Properties;
        }

        interface IReadMarker extends parley.v1.ReadMarker.$Properties {
        }

        class ReadMarker {
            constructor(properties?: parley.v1.ReadMarker.$Properties);
            $unknowns?: Uint8Array[];
            room?: (string|null);
            withNick?: (string|null);
            seq: number;
            conversation?: ("room"|"withNick");
            static create(properties: parley.v1.ReadMarker.$Shape): parley.v1.ReadMarker & parley.v1.ReadMarker.$Shape;
            static create(properties?: parley.v1.ReadMarker.$Properties): parley.v1.ReadMarker;
            static encode(message: parley.v1.ReadMarker.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.ReadMarker & parley.v1.ReadMarker.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.ReadMarker;
            static toObject(message: parley.v1.ReadMarker, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadMarker {
            interface $Properties {
                room?: (string|null);
                withNick?: (string|null);
                seq?: (number|null);
                conversation?: ("room"|"withNick");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              room?: string|null;
              withNick?: string|null;
              seq?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ conversation?: undefined; room?: null; withNick?: null }|{ conversation?: "room"; room: string; withNick?: null }|{ conversation?: "withNick"; room?: null; withNick: string })
            );
        }

        interface IUnread extends parley.v1.Unread.$Properties {
        }

        class Unread {
            constructor(properties?: parley.v1.Unread.$Properties);
            $unknowns?: Uint8Array[];
            room?: (string|null);
            withNick?: (string|null);
            readSeq: number;
            count: number;
            lastSeq: number;
            conversation?: ("room"|"withNick");
            static create(properties: parley.v1.Unread.$Shape): parley.v1.Unread & parley.v1.Unread.$Shape;
            static create(properties?: parley.v1.Unread.$Properties): parley.v1.Unread;
            static encode(message: parley.v1.Unread.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Unread & parley.v1.Unread.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Unread;
            static toObject(message: parley.v1.Unread, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Unread {
            interface $Properties {
                room?: (string|null);
                withNick?: (string|null);
                readSeq?: (number|null);
                count?: (number|null);
                lastSeq?: (number|null);
                conversation?: ("room"|"withNick");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              room?: string|null;
              withNick?: string|null;
              readSeq?: number|null;
              count?: number|null;
              lastSeq?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ conversation?: undefined; room?: null; withNick?: null }|{ conversation?: "room"; room: string; withNick?: null }|{ conversation?: "withNick"; room?: null; withNick: string })
            );
        }

        interface IAdminAuth extends parley.v1.AdminAuth.$Properties {
        }

        class AdminAuth {
            constructor(properties?: parley.v1.AdminAuth.$Properties);
            $unknowns?: Uint8Array[];
            token: string;
            static create(properties: parley.v1.AdminAuth.$Shape): parley.v1.AdminAuth & parley.v1.AdminAuth.$Shape;
            static create(properties?: parley.v1.AdminAuth.$Properties): parley.v1.AdminAuth;
            static encode(message: parley.v1.AdminAuth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminAuth & parley.v1.AdminAuth.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminAuth;
            static toObject(message: parley.v1.AdminAuth, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminAuth {
            interface $Properties {
                token?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminAuth.$Properties;
        }

        enum SessionState {
            SESSION_STATE_UNSPECIFIED = 0,
            SESSION_STATE_HANDSHAKE = 1,
            SESSION_STATE_LOGIN = 2,
            SESSION_STATE_ONLINE = 3,
            SESSION_STATE_CLOSING = 4
        }

        enum SessionTransport {
            SESSION_TRANSPORT_UNSPECIFIED = 0,
            SESSION_TRANSPORT_TCP = 1,
            SESSION_TRANSPORT_TLS = 2,
            SESSION_TRANSPORT_WEBSOCKET = 3,
            SESSION_TRANSPORT_WEBSOCKET_TLS = 4
        }

        interface ISessionInfo extends parley.v1.SessionInfo.$Properties {
        }

        class SessionInfo {
            constructor(properties?: parley.v1.SessionInfo.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            nick: string;
            remoteAddress: string;
            remotePort: number;
            clientName: string;
            clientVersion: string;
            connectedAtMs: number;
            idleMs: number;
            rooms: string[];
            messagesIn: number;
            messagesOut: number;
            bytesIn: number;
            bytesOut: number;
            sendQueueBytes: number;
            rttMs: number;
            state: parley.v1.SessionState;
            transport: parley.v1.SessionTransport;
            account: string;
            static create(properties: parley.v1.SessionInfo.$Shape): parley.v1.SessionInfo & parley.v1.SessionInfo.$Shape;
            static create(properties?: parley.v1.SessionInfo.$Properties): parley.v1.SessionInfo;
            static encode(message: parley.v1.SessionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.SessionInfo & parley.v1.SessionInfo.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.SessionInfo;
            static toObject(message: parley.v1.SessionInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionInfo {
            interface $Properties {
                id?: (number|null);
                nick?: (string|null);
                remoteAddress?: (string|null);
                remotePort?: (number|null);
                clientName?: (string|null);
                clientVersion?: (string|null);
                connectedAtMs?: (number|null);
                idleMs?: (number|null);
                rooms?: (string[]|null);
                messagesIn?: (number|null);
                messagesOut?: (number|null);
                bytesIn?: (number|null);
                bytesOut?: (number|null);
                sendQueueBytes?: (number|null);
                rttMs?: (number|null);
                state?: (parley.v1.SessionState|null);
                transport?: (parley.v1.SessionTransport|null);
                account?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.SessionInfo.$Properties;
        }

        interface ISessionFilter extends parley.v1.SessionFilter.$Properties {
        }

        class SessionFilter {
            constructor(properties?: parley.v1.SessionFilter.$Properties);
            $unknowns?: Uint8Array[];
            nick: string;
            room: string;
            address: string;
            idleGtMs: number;
            ageGtMs: number;
            static create(properties: parley.v1.SessionFilter.$Shape): parley.v1.SessionFilter & parley.v1.SessionFilter.$Shape;
            static create(properties?: parley.v1.SessionFilter.$Properties): parley.v1.SessionFilter;
            static encode(message: parley.v1.SessionFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.SessionFilter & parley.v1.SessionFilter.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.SessionFilter;
            static toObject(message: parley.v1.SessionFilter, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionFilter {
            interface $Properties {
                nick?: (string|null);
                room?: (string|null);
                address?: (string|null);
                idleGtMs?: (number|null);
                ageGtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.SessionFilter.$Properties;
        }

        interface IAdminListSessions extends parley.v1.AdminListSessions.$Properties {
        }

        class AdminListSessions {
            constructor(properties?: parley.v1.AdminListSessions.$Properties);
            $unknowns?: Uint8Array[];
            filter?: (parley.v1.SessionFilter.$Properties|null);
            cursor: string;
            limit: number;
            static create(properties: parley.v1.AdminListSessions.$Shape): parley.v1.AdminListSessions & parley.v1.AdminListSessions.$Shape;
            static create(properties?: parley.v1.AdminListSessions.$Properties): parley.v1.AdminListSessions;
            static encode(message: parley.v1.AdminListSessions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminListSessions & parley.v1.AdminListSessions.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminListSessions;
            static toObject(message: parley.v1.AdminListSessions, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminListSessions {
            interface $Properties {
                filter?: (parley.v1.SessionFilter.$Properties|null);
                cursor?: (string|null);
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminListSessions.$Properties;
        }

        interface IAdminSessionList extends parley.v1.AdminSessionList.$Properties {
        }

        class AdminSessionList {
            constructor(properties?: parley.v1.AdminSessionList.$Properties);
            $unknowns?: Uint8Array[];
            sessions: parley.v1.SessionInfo.$Properties[];
            nextCursor: string;
            static create(properties: parley.v1.AdminSessionList.$Shape): parley.v1.AdminSessionList & parley.v1.AdminSessionList.$Shape;
            static create(properties?: parley.v1.AdminSessionList.$Properties): parley.v1.AdminSessionList;
            static encode(message: parley.v1.AdminSessionList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminSessionList & parley.v1.AdminSessionList.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminSessionList;
            static toObject(message: parley.v1.AdminSessionList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminSessionList {
            interface $Properties {
                sessions?: (parley.v1.SessionInfo.$Properties[]|null);
                nextCursor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminSessionList.$Properties;
        }

        interface IAdminGetSession extends parley.v1.AdminGetSession.$Properties {
        }

        class AdminGetSession {
            constructor(properties?: parley.v1.AdminGetSession.$Properties);
            $unknowns?: Uint8Array[];
            sessionId: number;
            static create(properties: parley.v1.AdminGetSession.$Shape): parley.v1.AdminGetSession & parley.v1.AdminGetSession.$Shape;
            static create(properties?: parley.v1.AdminGetSession.$Properties): parley.v1.AdminGetSession;
            static encode(message: parley.v1.AdminGetSession.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminGetSession & parley.v1.AdminGetSession.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminGetSession;
            static toObject(message: parley.v1.AdminGetSession, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminGetSession {
            interface $Properties {
                sessionId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminGetSession.$Properties;
        }

        interface IAdminSessionDetail extends parley.v1.AdminSessionDetail.$Properties {
        }

        class AdminSessionDetail {
            constructor(properties?: parley.v1.AdminSessionDetail.$Properties);
            $unknowns?: Uint8Array[];
            session?: (parley.v1.SessionInfo.$Properties|null);
            static create(properties: parley.v1.AdminSessionDetail.$Shape): parley.v1.AdminSessionDetail & parley.v1.AdminSessionDetail.$Shape;
            static create(properties?: parley.v1.AdminSessionDetail.$Properties): parley.v1.AdminSessionDetail;
            static encode(message: parley.v1.AdminSessionDetail.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminSessionDetail & parley.v1.AdminSessionDetail.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminSessionDetail;
            static toObject(message: parley.v1.AdminSessionDetail, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminSessionDetail {
            interface $Properties {
                session?: (parley.v1.SessionInfo.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminSessionDetail.$Properties;
        }

        interface IBan extends parley.v1.Ban.$Properties {
        }

        class Ban {
            constructor(properties?: parley.v1.Ban.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            nick: string;
            address: string;
            reason: string;
            by: string;
            createdAtMs: number;
            untilMs: number;
            permanent: boolean;
            static create(properties: parley.v1.Ban.$Shape): parley.v1.Ban & parley.v1.Ban.$Shape;
            static create(properties?: parley.v1.Ban.$Properties): parley.v1.Ban;
            static encode(message: parley.v1.Ban.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Ban & parley.v1.Ban.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Ban;
            static toObject(message: parley.v1.Ban, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ban {
            interface $Properties {
                id?: (number|null);
                nick?: (string|null);
                address?: (string|null);
                reason?: (string|null);
                by?: (string|null);
                createdAtMs?: (number|null);
                untilMs?: (number|null);
                permanent?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Ban.$Properties;
        }

        interface IAdminKick extends parley.v1.AdminKick.$Properties {
        }

        class AdminKick {
            constructor(properties?: parley.v1.AdminKick.$Properties);
            $unknowns?: Uint8Array[];
            sessionId?: (number|null);
            nick?: (string|null);
            address?: (string|null);
            account?: (string|null);
            reason: string;
            banDurationMs: number;
            banNick: boolean;
            banAddress: boolean;
            dryRun: boolean;
            by: string;
            banPermanent: boolean;
            banAccount: boolean;
            target?: ("sessionId"|"nick"|"address"|"account");
            static create(properties: parley.v1.AdminKick.$Shape): parley.v1.AdminKick & parley.v1.AdminKick.$Shape;
            static create(properties?: parley.v1.AdminKick.$Properties): parley.v1.AdminKick;
            static encode(message: parley.v1.AdminKick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminKick & parley.v1.AdminKick.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminKick;
            static toObject(message: parley.v1.AdminKick, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminKick {
            interface $Properties {
                sessionId?: (number|null);
                nick?: (string|null);
                address?: (string|null);
                account?: (string|null);
                reason?: (string|null);
                banDurationMs?: (number|null);
                banNick?: (boolean|null);
                banAddress?: (boolean|null);
                dryRun?: (boolean|null);
                by?: (string|null);
                banPermanent?: (boolean|null);
                banAccount?: (boolean|null);
                target?: ("sessionId"|"nick"|"address"|"account");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              sessionId?: number|null;
              nick?: string|null;
              address?: string|null;
              account?: string|null;
              reason?: string|null;
              banDurationMs?: number|null;
              banNick?: boolean|null;
              banAddress?: boolean|null;
              dryRun?: boolean|null;
              by?: string|null;
              banPermanent?: boolean|null;
              banAccount?: boolean|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ target?: undefined; sessionId?: null; nick?: null; address?: null; account?: null }|{ target?: "sessionId"; sessionId: number; nick?: null; address?: null; account?: null }|{ target?: "nick"; sessionId?: null; nick: string; address?: null; account?: null }|{ target?: "address"; sessionId?: null; nick?: null; address: string; account?: null }|{ target?: "account"; sessionId?: null; nick?: null; address?: null; account: string })
            );
        }

        interface IAdminKickResult extends parley.v1.AdminKickResult.$Properties {
        }

        class AdminKickResult {
            constructor(properties?: parley.v1.AdminKickResult.$Properties);
            $unknowns?: Uint8Array[];
            sessions: parley.v1.SessionInfo.$Properties[];
            bans: parley.v1.Ban.$Properties[];
            dryRun: boolean;
            sessionsMatched: number;
            bansMade: number;
            static create(properties: parley.v1.AdminKickResult.$Shape): parley.v1.AdminKickResult & parley.v1.AdminKickResult.$Shape;
            static create(properties?: parley.v1.AdminKickResult.$Properties): parley.v1.AdminKickResult;
            static encode(message: parley.v1.AdminKickResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminKickResult & parley.v1.AdminKickResult.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminKickResult;
            static toObject(message: parley.v1.AdminKickResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminKickResult {
            interface $Properties {
                sessions?: (parley.v1.SessionInfo.$Properties[]|null);
                bans?: (parley.v1.Ban.$Properties[]|null);
                dryRun?: (boolean|null);
                sessionsMatched?: (number|null);
                bansMade?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminKickResult.$Properties;
        }

        interface IAdminBan extends parley.v1.AdminBan.$Properties {
        }

        class AdminBan {
            constructor(properties?: parley.v1.AdminBan.$Properties);
            $unknowns?: Uint8Array[];
            nick?: (string|null);
            address?: (string|null);
            durationMs: number;
            reason: string;
            by: string;
            permanent: boolean;
            target?: ("nick"|"address");
            static create(properties: parley.v1.AdminBan.$Shape): parley.v1.AdminBan & parley.v1.AdminBan.$Shape;
            static create(properties?: parley.v1.AdminBan.$Properties): parley.v1.AdminBan;
            static encode(message: parley.v1.AdminBan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminBan & parley.v1.AdminBan.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminBan;
            static toObject(message: parley.v1.AdminBan, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminBan {
            interface $Properties {
                nick?: (string|null);
                address?: (string|null);
                durationMs?: (number|null);
                reason?: (string|null);
                by?: (string|null);
                permanent?: (boolean|null);
                target?: ("nick"|"address");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              nick?: string|null;
              address?: string|null;
              durationMs?: number|null;
              reason?: string|null;
              by?: string|null;
              permanent?: boolean|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ target?: undefined; nick?: null; address?: null }|{ target?: "nick"; nick: string; address?: null }|{ target?: "address"; nick?: null; address: string })
            );
        }

        interface IAdminBanResult extends parley.v1.AdminBanResult.$Properties {
        }

        class AdminBanResult {
            constructor(properties?: parley.v1.AdminBanResult.$Properties);
            $unknowns?: Uint8Array[];
            ban?: (parley.v1.Ban.$Properties|null);
            static create(properties: parley.v1.AdminBanResult.$Shape): parley.v1.AdminBanResult & parley.v1.AdminBanResult.$Shape;
            static create(properties?: parley.v1.AdminBanResult.$Properties): parley.v1.AdminBanResult;
            static encode(message: parley.v1.AdminBanResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminBanResult & parley.v1.AdminBanResult.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminBanResult;
            static toObject(message: parley.v1.AdminBanResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminBanResult {
            interface $Properties {
                ban?: (parley.v1.Ban.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminBanResult.$Properties;
        }

        interface IAdminUnban extends parley.v1.AdminUnban.$Properties {
        }

        class AdminUnban {
            constructor(properties?: parley.v1.AdminUnban.$Properties);
            $unknowns?: Uint8Array[];
            banId?: (number|null);
            nick?: (string|null);
            address?: (string|null);
            target?: ("banId"|"nick"|"address");
            static create(properties: parley.v1.AdminUnban.$Shape): parley.v1.AdminUnban & parley.v1.AdminUnban.$Shape;
            static create(properties?: parley.v1.AdminUnban.$Properties): parley.v1.AdminUnban;
            static encode(message: parley.v1.AdminUnban.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminUnban & parley.v1.AdminUnban.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminUnban;
            static toObject(message: parley.v1.AdminUnban, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminUnban {
            interface $Properties {
                banId?: (number|null);
                nick?: (string|null);
                address?: (string|null);
                target?: ("banId"|"nick"|"address");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              banId?: number|null;
              nick?: string|null;
              address?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ target?: undefined; banId?: null; nick?: null; address?: null }|{ target?: "banId"; banId: number; nick?: null; address?: null }|{ target?: "nick"; banId?: null; nick: string; address?: null }|{ target?: "address"; banId?: null; nick?: null; address: string })
            );
        }

        interface IAdminUnbanResult extends parley.v1.AdminUnbanResult.$Properties {
        }

        class AdminUnbanResult {
            constructor(properties?: parley.v1.AdminUnbanResult.$Properties);
            $unknowns?: Uint8Array[];
            removed: parley.v1.Ban.$Properties[];
            static create(properties: parley.v1.AdminUnbanResult.$Shape): parley.v1.AdminUnbanResult & parley.v1.AdminUnbanResult.$Shape;
            static create(properties?: parley.v1.AdminUnbanResult.$Properties): parley.v1.AdminUnbanResult;
            static encode(message: parley.v1.AdminUnbanResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminUnbanResult & parley.v1.AdminUnbanResult.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminUnbanResult;
            static toObject(message: parley.v1.AdminUnbanResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminUnbanResult {
            interface $Properties {
                removed?: (parley.v1.Ban.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminUnbanResult.$Properties;
        }

        interface IAdminListBans extends parley.v1.AdminListBans.$Properties {
        }

        class AdminListBans {
            constructor(properties?: parley.v1.AdminListBans.$Properties);
            $unknowns?: Uint8Array[];
            cursor: string;
            limit: number;
            static create(properties: parley.v1.AdminListBans.$Shape): parley.v1.AdminListBans & parley.v1.AdminListBans.$Shape;
            static create(properties?: parley.v1.AdminListBans.$Properties): parley.v1.AdminListBans;
            static encode(message: parley.v1.AdminListBans.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminListBans & parley.v1.AdminListBans.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminListBans;
            static toObject(message: parley.v1.AdminListBans, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminListBans {
            interface $Properties {
                cursor?: (string|null);
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminListBans.$Properties;
        }

        interface IAdminBanList extends parley.v1.AdminBanList.$Properties {
        }

        class AdminBanList {
            constructor(properties?: parley.v1.AdminBanList.$Properties);
            $unknowns?: Uint8Array[];
            bans: parley.v1.Ban.$Properties[];
            nextCursor: string;
            static create(properties: parley.v1.AdminBanList.$Shape): parley.v1.AdminBanList & parley.v1.AdminBanList.$Shape;
            static create(properties?: parley.v1.AdminBanList.$Properties): parley.v1.AdminBanList;
            static encode(message: parley.v1.AdminBanList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminBanList & parley.v1.AdminBanList.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminBanList;
            static toObject(message: parley.v1.AdminBanList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminBanList {
            interface $Properties {
                bans?: (parley.v1.Ban.$Properties[]|null);
                nextCursor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminBanList.$Properties;
        }

        interface IClosedSession extends parley.v1.ClosedSession.$Properties {
        }

        class ClosedSession {
            constructor(properties?: parley.v1.ClosedSession.$Properties);
            $unknowns?: Uint8Array[];
            session?: (parley.v1.SessionInfo.$Properties|null);
            closedAtMs: number;
            reason: string;
            static create(properties: parley.v1.ClosedSession.$Shape): parley.v1.ClosedSession & parley.v1.ClosedSession.$Shape;
            static create(properties?: parley.v1.ClosedSession.$Properties): parley.v1.ClosedSession;
            static encode(message: parley.v1.ClosedSession.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.ClosedSession & parley.v1.ClosedSession.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.ClosedSession;
            static toObject(message: parley.v1.ClosedSession, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClosedSession {
            interface $Properties {
                session?: (parley.v1.SessionInfo.$Properties|null);
                closedAtMs?: (number|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.ClosedSession.$Properties;
        }

        interface IAdminListClosed extends parley.v1.AdminListClosed.$Properties {
        }

        class AdminListClosed {
            constructor(properties?: parley.v1.AdminListClosed.$Properties);
            $unknowns?: Uint8Array[];
            limit: number;
            cursor: string;
            static create(properties: parley.v1.AdminListClosed.$Shape): parley.v1.AdminListClosed & parley.v1.AdminListClosed.$Shape;
            static create(properties?: parley.v1.AdminListClosed.$Properties): parley.v1.AdminListClosed;
            static encode(message: parley.v1.AdminListClosed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminListClosed & parley.v1.AdminListClosed.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminListClosed;
            static toObject(message: parley.v1.AdminListClosed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminListClosed {
            interface $Properties {
                limit?: (number|null);
                cursor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminListClosed.$Properties;
        }

        interface IAdminClosedList extends parley.v1.AdminClosedList.$Properties {
        }

        class AdminClosedList {
            constructor(properties?: parley.v1.AdminClosedList.$Properties);
            $unknowns?: Uint8Array[];
            sessions: parley.v1.ClosedSession.$Properties[];
            nextCursor: string;
            static create(properties: parley.v1.AdminClosedList.$Shape): parley.v1.AdminClosedList & parley.v1.AdminClosedList.$Shape;
            static create(properties?: parley.v1.AdminClosedList.$Properties): parley.v1.AdminClosedList;
            static encode(message: parley.v1.AdminClosedList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminClosedList & parley.v1.AdminClosedList.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminClosedList;
            static toObject(message: parley.v1.AdminClosedList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminClosedList {
            interface $Properties {
                sessions?: (parley.v1.ClosedSession.$Properties[]|null);
                nextCursor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminClosedList.$Properties;
        }

        interface IAdminGetStats extends parley.v1.AdminGetStats.$Properties {
        }

        class AdminGetStats {
            constructor(properties?: parley.v1.AdminGetStats.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: parley.v1.AdminGetStats.$Shape): parley.v1.AdminGetStats & parley.v1.AdminGetStats.$Shape;
            static create(properties?: parley.v1.AdminGetStats.$Properties): parley.v1.AdminGetStats;
            static encode(message: parley.v1.AdminGetStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminGetStats & parley.v1.AdminGetStats.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminGetStats;
            static toObject(message: parley.v1.AdminGetStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminGetStats {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminGetStats.$Properties;
        }

        interface IAdminStats extends parley.v1.AdminStats.$Properties {
        }

        class AdminStats {
            constructor(properties?: parley.v1.AdminStats.$Properties);
            $unknowns?: Uint8Array[];
            uptimeMs: number;
            sessions: number;
            rooms: number;
            messagesTotal: number;
            messagesPerSecond: number;
            bytesInPerSecond: number;
            bytesOutPerSecond: number;
            rssBytes: number;
            heapUsedBytes: number;
            serverVersion: string;
            bytesInTotal: number;
            bytesOutTotal: number;
            static create(properties: parley.v1.AdminStats.$Shape): parley.v1.AdminStats & parley.v1.AdminStats.$Shape;
            static create(properties?: parley.v1.AdminStats.$Properties): parley.v1.AdminStats;
            static encode(message: parley.v1.AdminStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminStats & parley.v1.AdminStats.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminStats;
            static toObject(message: parley.v1.AdminStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminStats {
            interface $Properties {
                uptimeMs?: (number|null);
                sessions?: (number|null);
                rooms?: (number|null);
                messagesTotal?: (number|null);
                messagesPerSecond?: (number|null);
                bytesInPerSecond?: (number|null);
                bytesOutPerSecond?: (number|null);
                rssBytes?: (number|null);
                heapUsedBytes?: (number|null);
                serverVersion?: (string|null);
                bytesInTotal?: (number|null);
                bytesOutTotal?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminStats.$Properties;
        }

        interface IAdminAnnounce extends parley.v1.AdminAnnounce.$Properties {
        }

        class AdminAnnounce {
            constructor(properties?: parley.v1.AdminAnnounce.$Properties);
            $unknowns?: Uint8Array[];
            text: string;
            static create(properties: parley.v1.AdminAnnounce.$Shape): parley.v1.AdminAnnounce & parley.v1.AdminAnnounce.$Shape;
            static create(properties?: parley.v1.AdminAnnounce.$Properties): parley.v1.AdminAnnounce;
            static encode(message: parley.v1.AdminAnnounce.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminAnnounce & parley.v1.AdminAnnounce.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminAnnounce;
            static toObject(message: parley.v1.AdminAnnounce, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminAnnounce {
            interface $Properties {
                text?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminAnnounce.$Properties;
        }

        interface IAdminAnnounceResult extends parley.v1.AdminAnnounceResult.$Properties {
        }

        class AdminAnnounceResult {
            constructor(properties?: parley.v1.AdminAnnounceResult.$Properties);
            $unknowns?: Uint8Array[];
            recipients: number;
            static create(properties: parley.v1.AdminAnnounceResult.$Shape): parley.v1.AdminAnnounceResult & parley.v1.AdminAnnounceResult.$Shape;
            static create(properties?: parley.v1.AdminAnnounceResult.$Properties): parley.v1.AdminAnnounceResult;
            static encode(message: parley.v1.AdminAnnounceResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminAnnounceResult & parley.v1.AdminAnnounceResult.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminAnnounceResult;
            static toObject(message: parley.v1.AdminAnnounceResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminAnnounceResult {
            interface $Properties {
                recipients?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminAnnounceResult.$Properties;
        }

        interface IAuditEntry extends parley.v1.AuditEntry.$Properties {
        }

        class AuditEntry {
            constructor(properties?: parley.v1.AuditEntry.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            atMs: number;
            action: string;
            target: string;
            result: string;
            by: string;
            static create(properties: parley.v1.AuditEntry.$Shape): parley.v1.AuditEntry & parley.v1.AuditEntry.$Shape;
            static create(properties?: parley.v1.AuditEntry.$Properties): parley.v1.AuditEntry;
            static encode(message: parley.v1.AuditEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AuditEntry & parley.v1.AuditEntry.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AuditEntry;
            static toObject(message: parley.v1.AuditEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuditEntry {
            interface $Properties {
                id?: (number|null);
                atMs?: (number|null);
                action?: (string|null);
                target?: (string|null);
                result?: (string|null);
                by?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AuditEntry.$Properties;
        }

        interface IAdminListAudit extends parley.v1.AdminListAudit.$Properties {
        }

        class AdminListAudit {
            constructor(properties?: parley.v1.AdminListAudit.$Properties);
            $unknowns?: Uint8Array[];
            limit: number;
            cursor: string;
            static create(properties: parley.v1.AdminListAudit.$Shape): parley.v1.AdminListAudit & parley.v1.AdminListAudit.$Shape;
            static create(properties?: parley.v1.AdminListAudit.$Properties): parley.v1.AdminListAudit;
            static encode(message: parley.v1.AdminListAudit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminListAudit & parley.v1.AdminListAudit.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminListAudit;
            static toObject(message: parley.v1.AdminListAudit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminListAudit {
            interface $Properties {
                limit?: (number|null);
                cursor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminListAudit.$Properties;
        }

        interface IAdminAuditList extends parley.v1.AdminAuditList.$Properties {
        }

        class AdminAuditList {
            constructor(properties?: parley.v1.AdminAuditList.$Properties);
            $unknowns?: Uint8Array[];
            entries: parley.v1.AuditEntry.$Properties[];
            nextCursor: string;
            static create(properties: parley.v1.AdminAuditList.$Shape): parley.v1.AdminAuditList & parley.v1.AdminAuditList.$Shape;
            static create(properties?: parley.v1.AdminAuditList.$Properties): parley.v1.AdminAuditList;
            static encode(message: parley.v1.AdminAuditList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminAuditList & parley.v1.AdminAuditList.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminAuditList;
            static toObject(message: parley.v1.AdminAuditList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminAuditList {
            interface $Properties {
                entries?: (parley.v1.AuditEntry.$Properties[]|null);
                nextCursor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminAuditList.$Properties;
        }

        interface IAdminReloadTls extends parley.v1.AdminReloadTls.$Properties {
        }

        class AdminReloadTls {
            constructor(properties?: parley.v1.AdminReloadTls.$Properties);
            $unknowns?: Uint8Array[];
            by: string;
            static create(properties: parley.v1.AdminReloadTls.$Shape): parley.v1.AdminReloadTls & parley.v1.AdminReloadTls.$Shape;
            static create(properties?: parley.v1.AdminReloadTls.$Properties): parley.v1.AdminReloadTls;
            static encode(message: parley.v1.AdminReloadTls.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminReloadTls & parley.v1.AdminReloadTls.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminReloadTls;
            static toObject(message: parley.v1.AdminReloadTls, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminReloadTls {
            interface $Properties {
                by?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminReloadTls.$Properties;
        }

        interface IAdminReloadTlsResult extends parley.v1.AdminReloadTlsResult.$Properties {
        }

        class AdminReloadTlsResult {
            constructor(properties?: parley.v1.AdminReloadTlsResult.$Properties);
            $unknowns?: Uint8Array[];
            fingerprint256: string;
            validToMs: number;
            listeners: string[];
            static create(properties: parley.v1.AdminReloadTlsResult.$Shape): parley.v1.AdminReloadTlsResult & parley.v1.AdminReloadTlsResult.$Shape;
            static create(properties?: parley.v1.AdminReloadTlsResult.$Properties): parley.v1.AdminReloadTlsResult;
            static encode(message: parley.v1.AdminReloadTlsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminReloadTlsResult & parley.v1.AdminReloadTlsResult.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminReloadTlsResult;
            static toObject(message: parley.v1.AdminReloadTlsResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminReloadTlsResult {
            interface $Properties {
                fingerprint256?: (string|null);
                validToMs?: (number|null);
                listeners?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminReloadTlsResult.$Properties;
        }

        interface IAccountInfo extends parley.v1.AccountInfo.$Properties {
        }

        class AccountInfo {
            constructor(properties?: parley.v1.AccountInfo.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            createdAtMs: number;
            lastSeenMs: number;
            locked: boolean;
            sessions: number;
            failedLogins: number;
            static create(properties: parley.v1.AccountInfo.$Shape): parley.v1.AccountInfo & parley.v1.AccountInfo.$Shape;
            static create(properties?: parley.v1.AccountInfo.$Properties): parley.v1.AccountInfo;
            static encode(message: parley.v1.AccountInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AccountInfo & parley.v1.AccountInfo.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AccountInfo;
            static toObject(message: parley.v1.AccountInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AccountInfo {
            interface $Properties {
                name?: (string|null);
                createdAtMs?: (number|null);
                lastSeenMs?: (number|null);
                locked?: (boolean|null);
                sessions?: (number|null);
                failedLogins?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AccountInfo.$Properties;
        }

        interface IAdminListAccounts extends parley.v1.AdminListAccounts.$Properties {
        }

        class AdminListAccounts {
            constructor(properties?: parley.v1.AdminListAccounts.$Properties);
            $unknowns?: Uint8Array[];
            cursor: string;
            limit: number;
            static create(properties: parley.v1.AdminListAccounts.$Shape): parley.v1.AdminListAccounts & parley.v1.AdminListAccounts.$Shape;
            static create(properties?: parley.v1.AdminListAccounts.$Properties): parley.v1.AdminListAccounts;
            static encode(message: parley.v1.AdminListAccounts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminListAccounts & parley.v1.AdminListAccounts.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminListAccounts;
            static toObject(message: parley.v1.AdminListAccounts, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminListAccounts {
            interface $Properties {
                cursor?: (string|null);
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminListAccounts.$Properties;
        }

        interface IAdminAccountList extends parley.v1.AdminAccountList.$Properties {
        }

        class AdminAccountList {
            constructor(properties?: parley.v1.AdminAccountList.$Properties);
            $unknowns?: Uint8Array[];
            accounts: parley.v1.AccountInfo.$Properties[];
            nextCursor: string;
            static create(properties: parley.v1.AdminAccountList.$Shape): parley.v1.AdminAccountList & parley.v1.AdminAccountList.$Shape;
            static create(properties?: parley.v1.AdminAccountList.$Properties): parley.v1.AdminAccountList;
            static encode(message: parley.v1.AdminAccountList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminAccountList & parley.v1.AdminAccountList.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminAccountList;
            static toObject(message: parley.v1.AdminAccountList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminAccountList {
            interface $Properties {
                accounts?: (parley.v1.AccountInfo.$Properties[]|null);
                nextCursor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminAccountList.$Properties;
        }

        interface IAdminGetAccount extends parley.v1.AdminGetAccount.$Properties {
        }

        class AdminGetAccount {
            constructor(properties?: parley.v1.AdminGetAccount.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            static create(properties: parley.v1.AdminGetAccount.$Shape): parley.v1.AdminGetAccount & parley.v1.AdminGetAccount.$Shape;
            static create(properties?: parley.v1.AdminGetAccount.$Properties): parley.v1.AdminGetAccount;
            static encode(message: parley.v1.AdminGetAccount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminGetAccount & parley.v1.AdminGetAccount.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminGetAccount;
            static toObject(message: parley.v1.AdminGetAccount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminGetAccount {
            interface $Properties {
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminGetAccount.$Properties;
        }

        interface IAdminAccountDetail extends parley.v1.AdminAccountDetail.$Properties {
        }

        class AdminAccountDetail {
            constructor(properties?: parley.v1.AdminAccountDetail.$Properties);
            $unknowns?: Uint8Array[];
            account?: (parley.v1.AccountInfo.$Properties|null);
            sessions: parley.v1.SessionInfo.$Properties[];
            static create(properties: parley.v1.AdminAccountDetail.$Shape): parley.v1.AdminAccountDetail & parley.v1.AdminAccountDetail.$Shape;
            static create(properties?: parley.v1.AdminAccountDetail.$Properties): parley.v1.AdminAccountDetail;
            static encode(message: parley.v1.AdminAccountDetail.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminAccountDetail & parley.v1.AdminAccountDetail.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminAccountDetail;
            static toObject(message: parley.v1.AdminAccountDetail, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminAccountDetail {
            interface $Properties {
                account?: (parley.v1.AccountInfo.$Properties|null);
                sessions?: (parley.v1.SessionInfo.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminAccountDetail.$Properties;
        }

        interface IAdminLockAccount extends parley.v1.AdminLockAccount.$Properties {
        }

        class AdminLockAccount {
            constructor(properties?: parley.v1.AdminLockAccount.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            locked: boolean;
            by: string;
            static create(properties: parley.v1.AdminLockAccount.$Shape): parley.v1.AdminLockAccount & parley.v1.AdminLockAccount.$Shape;
            static create(properties?: parley.v1.AdminLockAccount.$Properties): parley.v1.AdminLockAccount;
            static encode(message: parley.v1.AdminLockAccount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminLockAccount & parley.v1.AdminLockAccount.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminLockAccount;
            static toObject(message: parley.v1.AdminLockAccount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminLockAccount {
            interface $Properties {
                name?: (string|null);
                locked?: (boolean|null);
                by?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminLockAccount.$Properties;
        }

        interface IAdminDeleteAccount extends parley.v1.AdminDeleteAccount.$Properties {
        }

        class AdminDeleteAccount {
            constructor(properties?: parley.v1.AdminDeleteAccount.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            by: string;
            static create(properties: parley.v1.AdminDeleteAccount.$Shape): parley.v1.AdminDeleteAccount & parley.v1.AdminDeleteAccount.$Shape;
            static create(properties?: parley.v1.AdminDeleteAccount.$Properties): parley.v1.AdminDeleteAccount;
            static encode(message: parley.v1.AdminDeleteAccount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminDeleteAccount & parley.v1.AdminDeleteAccount.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminDeleteAccount;
            static toObject(message: parley.v1.AdminDeleteAccount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminDeleteAccount {
            interface $Properties {
                name?: (string|null);
                by?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminDeleteAccount.$Properties;
        }

        interface IAdminSetAccountPassword extends parley.v1.AdminSetAccountPassword.$Properties {
        }

        class AdminSetAccountPassword {
            constructor(properties?: parley.v1.AdminSetAccountPassword.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            password: string;
            by: string;
            static create(properties: parley.v1.AdminSetAccountPassword.$Shape): parley.v1.AdminSetAccountPassword & parley.v1.AdminSetAccountPassword.$Shape;
            static create(properties?: parley.v1.AdminSetAccountPassword.$Properties): parley.v1.AdminSetAccountPassword;
            static encode(message: parley.v1.AdminSetAccountPassword.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminSetAccountPassword & parley.v1.AdminSetAccountPassword.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminSetAccountPassword;
            static toObject(message: parley.v1.AdminSetAccountPassword, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminSetAccountPassword {
            interface $Properties {
                name?: (string|null);
                password?: (string|null);
                by?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminSetAccountPassword.$Properties;
        }

        interface IAdminAccountResult extends parley.v1.AdminAccountResult.$Properties {
        }

        class AdminAccountResult {
            constructor(properties?: parley.v1.AdminAccountResult.$Properties);
            $unknowns?: Uint8Array[];
            account?: (parley.v1.AccountInfo.$Properties|null);
            static create(properties: parley.v1.AdminAccountResult.$Shape): parley.v1.AdminAccountResult & parley.v1.AdminAccountResult.$Shape;
            static create(properties?: parley.v1.AdminAccountResult.$Properties): parley.v1.AdminAccountResult;
            static encode(message: parley.v1.AdminAccountResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.AdminAccountResult & parley.v1.AdminAccountResult.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.AdminAccountResult;
            static toObject(message: parley.v1.AdminAccountResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdminAccountResult {
            interface $Properties {
                account?: (parley.v1.AccountInfo.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.AdminAccountResult.$Properties;
        }

        interface ISearchHistory extends parley.v1.SearchHistory.$Properties {
        }

        class SearchHistory {
            constructor(properties?: parley.v1.SearchHistory.$Properties);
            $unknowns?: Uint8Array[];
            query: string;
            room?: (string|null);
            withNick?: (string|null);
            limit: number;
            cursor: number;
            scope?: ("room"|"withNick");
            static create(properties: parley.v1.SearchHistory.$Shape): parley.v1.SearchHistory & parley.v1.SearchHistory.$Shape;
            static create(properties?: parley.v1.SearchHistory.$Properties): parley.v1.SearchHistory;
            static encode(message: parley.v1.SearchHistory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.SearchHistory & parley.v1.SearchHistory.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.SearchHistory;
            static toObject(message: parley.v1.SearchHistory, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SearchHistory {
            interface $Properties {
                query?: (string|null);
                room?: (string|null);
                withNick?: (string|null);
                limit?: (number|null);
                cursor?: (number|null);
                scope?: ("room"|"withNick");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              query?: string|null;
              room?: string|null;
              withNick?: string|null;
              limit?: number|null;
              cursor?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ scope?: undefined; room?: null; withNick?: null }|{ scope?: "room"; room: string; withNick?: null }|{ scope?: "withNick"; room?: null; withNick: string })
            );
        }

        interface ISearchResults extends parley.v1.SearchResults.$Properties {
        }

        class SearchResults {
            constructor(properties?: parley.v1.SearchResults.$Properties);
            $unknowns?: Uint8Array[];
            messages: parley.v1.ChatMessage.$Properties[];
            nextCursor: number;
            terms: string[];
            static create(properties: parley.v1.SearchResults.$Shape): parley.v1.SearchResults & parley.v1.SearchResults.$Shape;
            static create(properties?: parley.v1.SearchResults.$Properties): parley.v1.SearchResults;
            static encode(message: parley.v1.SearchResults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.SearchResults & parley.v1.SearchResults.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.SearchResults;
            static toObject(message: parley.v1.SearchResults, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SearchResults {
            interface $Properties {
                messages?: (parley.v1.ChatMessage.$Properties[]|null);
                nextCursor?: (number|null);
                terms?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.SearchResults.$Properties;
        }

        interface IWhois extends parley.v1.Whois.$Properties {
        }

        class Whois {
            constructor(properties?: parley.v1.Whois.$Properties);
            $unknowns?: Uint8Array[];
            nick: string;
            static create(properties: parley.v1.Whois.$Shape): parley.v1.Whois & parley.v1.Whois.$Shape;
            static create(properties?: parley.v1.Whois.$Properties): parley.v1.Whois;
            static encode(message: parley.v1.Whois.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Whois & parley.v1.Whois.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.Whois;
            static toObject(message: parley.v1.Whois, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Whois {
            interface $Properties {
                nick?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.Whois.$Properties;
        }

        interface IUserInfo extends parley.v1.UserInfo.$Properties {
        }

        class UserInfo {
            constructor(properties?: parley.v1.UserInfo.$Properties);
            $unknowns?: Uint8Array[];
            nick: string;
            account: string;
            idleMs: number;
            sharedRooms: string[];
            awayMessage: string;
            awaySinceMs: number;
            connectedAtMs: number;
            clients: number;
            static create(properties: parley.v1.UserInfo.$Shape): parley.v1.UserInfo & parley.v1.UserInfo.$Shape;
            static create(properties?: parley.v1.UserInfo.$Properties): parley.v1.UserInfo;
            static encode(message: parley.v1.UserInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.UserInfo & parley.v1.UserInfo.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.UserInfo;
            static toObject(message: parley.v1.UserInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserInfo {
            interface $Properties {
                nick?: (string|null);
                account?: (string|null);
                idleMs?: (number|null);
                sharedRooms?: (string[]|null);
                awayMessage?: (string|null);
                awaySinceMs?: (number|null);
                connectedAtMs?: (number|null);
                clients?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.UserInfo.$Properties;
        }

        interface ISetAway extends parley.v1.SetAway.$Properties {
        }

        class SetAway {
            constructor(properties?: parley.v1.SetAway.$Properties);
            $unknowns?: Uint8Array[];
            message: string;
            static create(properties: parley.v1.SetAway.$Shape): parley.v1.SetAway & parley.v1.SetAway.$Shape;
            static create(properties?: parley.v1.SetAway.$Properties): parley.v1.SetAway;
            static encode(message: parley.v1.SetAway.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.SetAway & parley.v1.SetAway.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.SetAway;
            static toObject(message: parley.v1.SetAway, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetAway {
            interface $Properties {
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.SetAway.$Properties;
        }

        interface IUserAway extends parley.v1.UserAway.$Properties {
        }

        class UserAway {
            constructor(properties?: parley.v1.UserAway.$Properties);
            $unknowns?: Uint8Array[];
            nick: string;
            message: string;
            sinceMs: number;
            static create(properties: parley.v1.UserAway.$Shape): parley.v1.UserAway & parley.v1.UserAway.$Shape;
            static create(properties?: parley.v1.UserAway.$Properties): parley.v1.UserAway;
            static encode(message: parley.v1.UserAway.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.UserAway & parley.v1.UserAway.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.UserAway;
            static toObject(message: parley.v1.UserAway, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserAway {
            interface $Properties {
                nick?: (string|null);
                message?: (string|null);
                sinceMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.UserAway.$Properties;
        }

        interface IStatusRequest extends parley.v1.StatusRequest.$Properties {
        }

        class StatusRequest {
            constructor(properties?: parley.v1.StatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            magic: number;
            nonce: number;
            padding: Uint8Array;
            static create(properties: parley.v1.StatusRequest.$Shape): parley.v1.StatusRequest & parley.v1.StatusRequest.$Shape;
            static create(properties?: parley.v1.StatusRequest.$Properties): parley.v1.StatusRequest;
            static encode(message: parley.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.StatusRequest & parley.v1.StatusRequest.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.StatusRequest;
            static toObject(message: parley.v1.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusRequest {
            interface $Properties {
                magic?: (number|null);
                nonce?: (number|null);
                padding?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.StatusRequest.$Properties;
        }

        interface IStatusReply extends parley.v1.StatusReply.$Properties {
        }

        class StatusReply {
            constructor(properties?: parley.v1.StatusReply.$Properties);
            $unknowns?: Uint8Array[];
            magic: number;
            nonce: number;
            serverName: string;
            serverVersion: string;
            protocolVersion: number;
            sessionsOnline: number;
            rooms: number;
            uptimeMs: number;
            tls: boolean;
            static create(properties: parley.v1.StatusReply.$Shape): parley.v1.StatusReply & parley.v1.StatusReply.$Shape;
            static create(properties?: parley.v1.StatusReply.$Properties): parley.v1.StatusReply;
            static encode(message: parley.v1.StatusReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.StatusReply & parley.v1.StatusReply.$Shape;
            static fromObject(object: { [k: string]: any }): parley.v1.StatusReply;
            static toObject(message: parley.v1.StatusReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusReply {
            interface $Properties {
                magic?: (number|null);
                nonce?: (number|null);
                serverName?: (string|null);
                serverVersion?: (string|null);
                protocolVersion?: (number|null);
                sessionsOnline?: (number|null);
                rooms?: (number|null);
                uptimeMs?: (number|null);
                tls?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = parley.v1.StatusReply.$Properties;
        }
    }
}
