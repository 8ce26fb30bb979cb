// next-auth configuration: mobile number + password, JWT sessions (no session table).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { getAuthSecret } from "./auth-secret";
import { clientAddressFrom } from "./client-address";
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
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.name = user.name;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
  return options;
}
