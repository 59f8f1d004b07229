import { getAuth } from "@/lib/auth/auth";

/** better-auth's endpoints (sign-in, sign-out, session): rate-limited and origin-checked by the library. */
export const dynamic = "force-dynamic";

async function handle(request: Request): Promise<Response> {
  const auth = await getAuth();
  return auth.handler(request);
}

export const GET = handle;
export const POST = handle;
