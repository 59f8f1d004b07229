import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "./auth";
import { canReview, isRole, type Role } from "./roles";

/**
 * The data-access side of authorization: who is asking, checked on the server in every editor page,
 * every route handler and every server action (proxy.ts only makes an early, optimistic redirect).
 */

export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** The signed-in user of a request, or null (anonymous, expired or revoked session, unknown role). */
export async function viewerFromHeaders(h: Headers): Promise<Viewer | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: h });
  if (!session) return null;
  const role = (session.user as { role?: string | null }).role;
  if (!isRole(role)) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email, role };
}

export async function getViewer(): Promise<Viewer | null> {
  return viewerFromHeaders(await headers());
}

/** For editor pages: the viewer, or a redirect to /sign-in (anonymous) — readers never see these pages. */
export async function requireEditorPage(next: string): Promise<Viewer> {
  const v = await getViewer();
  if (!v || !canReview(v.role)) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  return v;
}

/**
 * For mutations through route handlers: refuses a foreign or missing Origin (403), no session (401),
 * a role that may not review (403). Returns the viewer or the response to send.
 */
export async function checkMutation(request: Request): Promise<Viewer | Response> {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let sameOrigin = false;
  try {
    sameOrigin = origin !== null && host !== null && new URL(origin).host === host;
  } catch {
    sameOrigin = false;
  }
  if (!sameOrigin) return new Response("Forbidden: this request does not come from this site (Origin).", { status: 403 });
  const v = await viewerFromHeaders(request.headers);
  if (!v) return new Response("Unauthorized: sign in first.", { status: 401 });
  if (!canReview(v.role)) return new Response("Forbidden: editors only.", { status: 403 });
  return v;
}
