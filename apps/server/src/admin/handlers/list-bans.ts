// AdminListBans → AdminBanList: bans in force now (expired ones are left out).
import type { AdminHandler } from "../request.js";

export const listBans: AdminHandler = ({ ctx }) => ({ adminBanList: { bans: ctx.bans.list(ctx.now()) } });
