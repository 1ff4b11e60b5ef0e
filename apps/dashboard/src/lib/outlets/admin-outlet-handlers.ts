import { authorizeWrite } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { outletHandlers } from "./outlet-handlers";

/** The outlet write handlers as the routes use them: admins only, checked by the accounts module first. */
export const adminOutletHandlers = outletHandlers({ prisma: db, authorize: (request) => authorizeWrite(request, "admin") });
