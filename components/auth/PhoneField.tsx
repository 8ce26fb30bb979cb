import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/TextField";

export function PhoneField({ defaultValue, error, label }: { defaultValue?: string; error?: string; label?: string }) {
  const t = useTranslations("auth");
  return (
    <TextField
      label={label ?? t("mobileNumber")}
      name="phone"
      type="tel"
      inputMode="tel"
      autoComplete="tel"
      placeholder="+91 98123 45678"
      defaultValue={defaultValue}
      required
      error={error}
      hint={error ? undefined : t("phoneHint")}
    />
  );
}
