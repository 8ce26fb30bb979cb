"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signUpWithInviteAction } from "@/app/invite/[token]/actions";
import { PasswordField } from "@/components/auth/PasswordField";
import { PhoneField } from "@/components/auth/PhoneField";
import { formatPhone } from "@/lib/auth/phone";
import { signInWithPhone } from "@/components/auth/sign-in";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";

export function InviteSignupForm({ token, name, phone, cta }: { token: string; name: string | null; phone: string | null; cta: string }) {
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
    const result = await signUpWithInviteAction({ ...form, token });
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
    router.replace(result.data);
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <FormAlert message={error} />
      <TextField label="Your name" name="name" autoComplete="name" defaultValue={name ?? ""} required error={fields.name} />
      <PhoneField defaultValue={phone ? formatPhone(phone) : ""} error={fields.phone} />
      <PasswordField autoComplete="new-password" error={fields.password} hint="At least 8 characters." />
      <Button type="submit" fullWidth busy={busy}>
        {cta}
      </Button>
    </form>
  );
}
