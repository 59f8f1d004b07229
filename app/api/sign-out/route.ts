import { getAuth } from "@/lib/auth/auth";

export const dynamic = "force-dynamic";

/** Sign-out from a plain form: the session row is deleted (revoked) and its cookie cleared; then home. */
export async function POST(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  if (!origin || !host || new URL(origin).host !== host) return new Response("Forbidden: this request does not come from this site (Origin).", { status: 403 });
  const auth = await getAuth();
  const out = await auth.api.signOut({ headers: request.headers, asResponse: true });
  const headers = new Headers({ Location: "/" });
  for (const c of out.headers.getSetCookie()) headers.append("Set-Cookie", c);
  return new Response(null, { status: 303, headers });
}
