export { connectDatabase, resolveDataDir, type DatabaseHandle, type RestartableServer } from "./connect-database";
export { APP_ROLE, OWNER_ROLE, readCredentials, type EmbeddedCredentials, type Login } from "./embedded-credentials";
export { EmbeddedPostgresError } from "./embedded-postgres-error";
export { embeddedUrl } from "./embedded-url";
export { findRunningServer } from "./postmaster-lock";
export { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "./start-embedded-postgres";
export { writePrivateFile } from "./private-file";
