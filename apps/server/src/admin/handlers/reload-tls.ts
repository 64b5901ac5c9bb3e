// AdminReloadTls → AdminReloadTlsResult: read the TLS certificate and key files again, as SIGHUP does.
// New connections get the new certificate; a file that cannot be used is refused and the old one kept.
import { ErrorCode } from "@parley/protocol";
import { TlsConfigError } from "../../net/tls.js";
import { RequestError } from "../../request-error.js";
import { type AdminHandler, operatorName } from "../request.js";

export const reloadTls: AdminHandler = async ({ ctx, audit, peer }, { adminReloadTls }) => {
  const by = operatorName(adminReloadTls?.by);
  const now = ctx.now();
  const tls = ctx.tls;
  if (!tls)
    throw new RequestError(
      ErrorCode.ERROR_CODE_BAD_REQUEST,
      "TLS is not configured: start the server with --tls-cert and --tls-key",
    );
  let info: ReturnType<typeof tls.reload>;
  try {
    info = tls.reload();
  } catch (error) {
    if (!(error instanceof TlsConfigError)) throw error;
    await audit.record(
      now,
      { action: "reload-tls", target: tls.listeners.join(","), result: `failed: ${error.message}`, by },
      { peer },
    );
    throw new RequestError(
      ErrorCode.ERROR_CODE_BAD_REQUEST,
      `${error.message}; the certificate in force (${tls.info.fingerprint256}) stays`,
    );
  }
  await audit.record(
    now,
    { action: "reload-tls", target: tls.listeners.join(","), result: `serving ${info.fingerprint256}`, by },
    { peer },
  );
  return {
    adminReloadTlsResult: {
      fingerprint256: info.fingerprint256,
      validToMs: info.validToMs,
      listeners: tls.listeners,
    },
  };
};
