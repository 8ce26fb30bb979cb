// How the start's steps end on an error: a configuration problem is for the person starting the
// app, so its message alone; anything else keeps its stack for whoever has to fix it.
import { ConfigurationError } from "@/lib/deploy-mode";

export function exitWithMessage(error: unknown): never {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
}
