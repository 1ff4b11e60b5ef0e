import { adminUsers } from "@/lib/auth/admin-users";

interface Context {
  params: Promise<{ id: string }>;
}

/** PATCH {role}: another role; DELETE: remove the account (admins only; the last admin stays). */
export async function PATCH(request: Request, { params }: Context) {
  return adminUsers.update(request, (await params).id);
}

export async function DELETE(request: Request, { params }: Context) {
  return adminUsers.remove(request, (await params).id);
}
