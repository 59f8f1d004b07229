/** The roles of signed-in users (anonymous readers have none). Pure: shared by server code and pages. */
export const ROLES = ["admin", "editor"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(x: unknown): x is Role {
  return typeof x === "string" && (ROLES as readonly string[]).includes(x);
}

/** Editors review and add reports; admins also manage users. */
export function canReview(role: string | null | undefined): boolean {
  return role === "admin" || role === "editor";
}

export function canManageUsers(role: string | null | undefined): boolean {
  return role === "admin";
}
