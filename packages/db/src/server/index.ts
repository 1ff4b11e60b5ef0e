export { connectDatabase, type DatabaseHandle } from "./connect-database";
export {
  EmbeddedPostgresError,
  embeddedUrl,
  findRunningServer,
  ensureDatabase,
  startEmbeddedPostgres,
  type EmbeddedServer,
} from "./start-embedded-postgres";
