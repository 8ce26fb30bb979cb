import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id: string; name?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The Session row this cookie stands for (lib/auth/start-session.ts). */
    sid?: string;
  }
}
