// Runs before each integration test file: points DATABASE_URL at a fresh migrated database
// of the provider under test (TEST_DB_PROVIDER=sqlite|postgres) and drops it afterwards.
import { afterAll } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { broadcastDeliveriesSettled } from "@/lib/broadcasts/deliver-broadcast";
import { closeDb } from "@/lib/db";
import { whenPushQueueIdle } from "@/lib/push/push-queue";
import { photoSizesSettled } from "@/lib/photos/upload-photo";
import { createMigratedDatabase } from "./test-database";

const database = await createMigratedDatabase();
process.env.DATABASE_URL = database.url;
process.env.DATA_DIR = "tests/.tmp/data";
// Tests build long chats through postMessage in a blink; the posting limit has its own test
// (tests/integration/posting-limit.test.ts), which sets the real number back.
process.env.POSTS_PER_CONVERSATION_PER_MINUTE = "1000000";
resetEnvForTests();

afterAll(async () => {
  // Work that runs behind requests (broadcast albums, push decisions) finishes before its database goes.
  await broadcastDeliveriesSettled();
  await whenPushQueueIdle();
  await photoSizesSettled();
  await closeDb();
  await database.drop();
});
