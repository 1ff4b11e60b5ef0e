export { applyMigrations, MigrationError, type MigrationResult } from "./apply-migrations";
export { diffPendingSchemaChanges, diffSchemas, isEmptyDiff, MIGRATED_SCHEMA, SCHEMA } from "./diff-schema";
export { grantAppAccess } from "./grant-app-access";
export { migrateDatabase, type MigrationTarget } from "./migrate-database";
export { MIGRATIONS_DIR, readMigrations, type MigrationFile } from "./read-migrations";
export { describeSchema } from "./describe-schema";
