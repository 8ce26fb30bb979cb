import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/AuthShell";
import { SupplierSignupForm } from "@/components/auth/SupplierSignupForm";
import { getActor } from "@/lib/auth/current-actor";

export const metadata = { title: "Create your business" };

export default async function SignupPage() {
  if (await getActor()) redirect("/chats");
  return (
    <AuthShell
      title="Sell from your chat"
      intro="Post designs, take picks, keep every order. Free for your buyers."
      footer={
        <>
          Already have an account?{" "}
          <Link href="/login" className="inline-block min-h-11 py-2 font-semibold text-brand-700 underline-offset-4 hover:underline">
            Log in
          </Link>
        </>
      }
    >
      <SupplierSignupForm />
    </AuthShell>
  );
}
