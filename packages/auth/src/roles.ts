/** Account roles, weakest first: each may do what the ones before it may. */
export const ROLES = ["viewer", "editor", "admin"] as const;

/** viewer: reads (and shares); editor: imports (and later review); admin: accounts and outlets. */
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` may do what needs `minimum`. An unknown role (a hand-edited row) may do nothing. */
export function hasRole(role: unknown, minimum: Role): boolean {
  return isRole(role) && ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}
