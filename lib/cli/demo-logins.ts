import { formatPhone } from "@/lib/auth/phone";
import type { Db } from "@/lib/db";
import { DEMO_PASSWORD, demoPeople } from "@/lib/demo/demo-data";

/** Prints the demo logins; with a URL, says the app is running there first. */
export function printDemoLogins(runningAt?: string): void {
  const rows = [
    ["Owner", demoPeople.owner],
    ["Staff", demoPeople.staff],
    ...demoPeople.buyers.map((buyer) => ["Buyer", buyer] as const),
  ] as const;
  if (runningAt) console.log(`\nChatalog is running at ${runningAt}`);
  console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD})`);
  for (const [role, person] of rows) console.log(`  ${role.padEnd(6)} ${formatPhone(person.phone).padEnd(16)} ${person.name}`);
  console.log("\nThese demo accounts use a published password. Before real use, start from an empty database");
  console.log("(npm run db:reset, or a new DATABASE_URL) with SEED_DEMO_DATA=false.\n");
}

/** What a started server prints: where it runs, and the demo logins while the demo owner exists. */
export async function announceRunning(db: Db, url: string): Promise<void> {
  const demoOwner = await db.user.findUnique({ where: { phone: demoPeople.owner.phone }, select: { id: true } });
  if (demoOwner) printDemoLogins(url);
  else console.log(`\nChatalog is running at ${url}\n`);
}
