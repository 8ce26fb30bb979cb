import { useTranslations } from "next-intl";
import { isUntitled } from "@/lib/designs/untitled-title";

/** A design's title as the reader says it: an untitled design's stored "Design D-0042" becomes
 * "डिज़ाइन D-0042" / "ડિઝાઇન D-0042"; titles people gave stay as they wrote them. */
export function useDesignTitle(): (design: { code: string; title: string }) => string {
  const t = useTranslations("designs");
  return (design) => (isUntitled(design) ? t("untitled", { code: design.code }) : design.title);
}
