import { adminUsers } from "@/lib/auth/admin-users";

/** GET: every account; POST {email, role, name?}: a new account and its one-time password (admins only). */
export const GET = (request: Request) => adminUsers.list(request);
export const POST = (request: Request) => adminUsers.create(request);
