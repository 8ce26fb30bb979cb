import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { withLoginLimits } from "@/lib/auth/login-route";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built on the first request, not at import, so the auth secret is read at run
// time rather than during `next build`. A login goes through the login limits' wrapper
// (lib/auth/login-route.ts): 429 with Retry-After when limited, the known-device cookie on success.
function handler(request: NextRequest, context: Context): Promise<Response> {
  return withLoginLimits(request, () => NextAuth(request, context, getAuthOptions()));
}

// Requires "anyone" (lib/auth/requirement.ts): logging in is how one becomes someone.
export { handler as GET, handler as POST };
