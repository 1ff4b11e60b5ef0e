export { createPrismaClient, getPrisma, PrismaClient } from "./client";
export { readEnv, REPO_ROOT, type Env } from "./env";
