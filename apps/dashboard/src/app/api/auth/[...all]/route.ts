import { toNextJsHandler } from "@framewatch/auth/next";
import { getAuth } from "@/lib/auth/auth";

/**
 * Better Auth's endpoints (sign-in, sign-out, session, change-password...), with its own origin and Fetch Metadata
 * checks. Which methods reach here: lib/http/route-methods.mjs.
 */
export const { GET, POST } = toNextJsHandler((request: Request) => getAuth().handler(request));
