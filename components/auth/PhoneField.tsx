import { TextField } from "@/components/ui/TextField";

export function PhoneField({ defaultValue, error, label = "Mobile number" }: { defaultValue?: string; error?: string; label?: string }) {
  return (
    <TextField
      label={label}
      name="phone"
      type="tel"
      inputMode="tel"
      autoComplete="tel"
      placeholder="+91 98123 45678"
      defaultValue={defaultValue}
      required
      error={error}
      hint={error ? undefined : "With country code. Indian numbers can skip +91."}
    />
  );
}
