import { readEnv } from "@framewatch/db";
import { authorizeWrite } from "@/lib/auth/authorize";
import { readDashboardEnv } from "@/lib/env";
import { withDatabase } from "@/lib/http/database-unavailable";
import { importPool } from "@/lib/imports/import-pool";
import { createUploadHandler } from "@/lib/imports/upload-handler";

export const dynamic = "force-dynamic";

const env = readEnv();
const handler = createUploadHandler({
  authorize: (request) => authorizeWrite(request, "editor"),
  pool: importPool,
  maxFileBytes: env.FRAMEWATCH_MAX_FILE_MB * 1024 * 1024,
  maxTotalBytes: readDashboardEnv().uploadMaxBytes,
  allowPrivateUrls: env.FRAMEWATCH_URL_ALLOW_PRIVATE,
});

/** POST /api/imports/upload: an editor's files and pasted URLs, imported as `corpus import` would (lib/imports/upload-handler.ts). */
export const POST = withDatabase((request: Request) => handler(request));
