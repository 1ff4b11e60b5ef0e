import { getAuth, getAuthPool } from "./auth";
import { adminUsersHandler } from "./admin-users-handler";
import { authorizeWrite } from "./authorize";

/** The account administration API as the app wires it: admins only, through authorizeWrite. */
export const adminUsers = adminUsersHandler({ authorize: (request) => authorizeWrite(request, "admin"), auth: getAuth, pool: getAuthPool });
