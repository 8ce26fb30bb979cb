import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/AuthShell";
import { LoginForm } from "@/components/auth/LoginForm";
import { getActor } from "@/lib/auth/current-actor";
import { safeNextPath } from "@/lib/safe-redirect";

export const metadata = { title: "Log in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getActor()) redirect(next);
  return (
    <AuthShell
      title="Welcome back"
      intro="Log in with your mobile number."
      footer={
        <>
          New supplier?{" "}
          <Link href="/signup" className="inline-block min-h-11 py-2 font-semibold text-brand-700 underline-offset-4 hover:underline">
            Create your business
          </Link>
        </>
      }
    >
      <LoginForm next={next} />
    </AuthShell>
  );
}
