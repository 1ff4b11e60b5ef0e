import { getPrisma } from "@framewatch/db";

/** The dashboard's only door to PostgreSQL: server components and route handlers call this. */
export const db = () => getPrisma();
