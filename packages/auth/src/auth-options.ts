import type { BetterAuthOptions } from "better-auth";

/**
 * The parts of the Better Auth configuration that decide its tables: email +
 * password accounts, and two fields of our own on the user. Shared by the
 * instance (create-auth.ts) and the test that compares prisma/schema.prisma
 * with what Better Auth expects (auth-schema.test.ts).
 */
export const AUTH_SCHEMA_OPTIONS = {
  emailAndPassword: {
    enabled: true,
    // Accounts are made by an admin (`corpus user add`, /admin/users), never by whoever finds the page.
    disableSignUp: true,
    minPasswordLength: 10,
    maxPasswordLength: 256,
  },
  user: {
    additionalFields: {
      /** viewer < editor < admin (roles.ts). Not settable through Better Auth's own endpoints (input: false). */
      role: { type: "string", required: true, defaultValue: "viewer", input: false },
      /** Set while the password is a one-time password from an admin; cleared by /change-password. */
      mustChangePassword: { type: "boolean", required: true, defaultValue: false, input: false },
    },
  },
} satisfies BetterAuthOptions;
