"use client";
// A problem with what was typed, found in the browser before the server sees the form (a price,
// a set), said in the page's language. Its English stays on the problem for logs and tests.
import { useTranslations } from "next-intl";
import type { InputProblem } from "@/lib/money-input";

export function useProblemText(): (problem: Pick<InputProblem, "key" | "values">) => string {
  const t = useTranslations("errors.keyed");
  return (problem) => t(problem.key, problem.values);
}
