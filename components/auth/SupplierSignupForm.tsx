"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signUpSupplierAction } from "@/app/signup/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import { PasswordField } from "./PasswordField";
import { PhoneField } from "./PhoneField";
import { signInWithPhone } from "./sign-in";

export function SupplierSignupForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setBusy(true);
    setError(null);
    setFields({});
    const result = await signUpSupplierAction(form);
    if (!result.ok) {
      setError(result.message);
      setFields(result.fields ?? {});
      setBusy(false);
      return;
    }
    const failure = await signInWithPhone(form.phone ?? "", form.password ?? "");
    if (failure) {
      setError(failure);
      setBusy(false);
      return;
    }
    router.replace("/chats");
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <FormAlert message={error} />
      <TextField label="Business name" name="businessName" autoComplete="organization" placeholder="e.g. Surat Silk House" required error={fields.businessName} />
      <TextField label="Your name" name="name" autoComplete="name" required error={fields.name} />
      <PhoneField error={fields.phone} />
      <PasswordField autoComplete="new-password" error={fields.password} hint="At least 8 characters." />
      <Button type="submit" fullWidth busy={busy}>
        Create my business
      </Button>
    </form>
  );
}
