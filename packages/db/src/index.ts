export { createPrismaClient, getPrisma, PrismaClient } from "./client";
export { firstLine } from "./first-line";
export { InvalidEnvironmentError, readEnv, type Env } from "./env";
export { isConnectionLoss } from "./is-connection-loss";
