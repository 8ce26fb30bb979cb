// next-auth configuration: mobile number + password, JWT session cookies that name a Session row
// (start-session.ts), so a session can be ended before its cookie expires.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { getAuthSecret } from "./auth-secret";
import { clientAddressFrom } from "./client-address";
import { endSession } from "./end-session";
import { startSession } from "./start-session";
import { verifyCredentials } from "./verify-credentials";

const THIRTY_DAYS = 30 * 24 * 60 * 60;

type HeaderBag = Record<string, string | string[] | undefined> | undefined;

function forwardedFor(headers: HeaderBag): string | undefined {
  const value = headers?.["x-forwarded-for"];
  return Array.isArray(value) ? value.join(",") : value;
}

let options: NextAuthOptions | undefined;

export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: THIRTY_DAYS },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Mobile number",
        credentials: { phone: { type: "tel" }, password: { type: "password" } },
        async authorize(credentials, req) {
          try {
            return await verifyCredentials(credentials, clientAddressFrom(forwardedFor(req.headers as HeaderBag)));
          } catch (error) {
            // next-auth hands the thrown message to the login form: only safe text goes there.
            if (error instanceof AppError) throw new Error(error.message);
            console.error(error);
            throw new Error(GENERIC_ERROR_MESSAGE);
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        // `user` is there only right after the password was checked: a new device, a new session.
        if (user) {
          token.sub = user.id;
          token.name = user.name;
          token.sid = await startSession(user.id, THIRTY_DAYS);
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
    events: {
      // Clearing the cookie alone would leave any copy of it working for its 30 days.
      async signOut({ token }) {
        await endSession(token?.sid);
      },
    },
  };
  return options;
}
