// End-to-end tests: a real Chromium at a phone viewport against the production build, served
// by `npm start`, on its own port and its own fresh data folder.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

/** Debian's Chromium where present (these machines cannot download Playwright's browsers). */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    ...devices["Pixel 7"],
    viewport: { width: 390, height: 844 },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  projects: [{ name: "phone-chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "rm -rf tests/.tmp/e2e-data && npm start",
    url: `${baseURL}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // Every spec signs people up from 127.0.0.1: the per-address sign-up limit (tested on its own in
    // tests/integration/sign-up-and-login.test.ts) would otherwise stop the suite as it grows.
    // Likewise a few specs post 60-120 messages through the API to build a long history in seconds;
    // the posting limit per person and conversation is tested in tests/integration/posting-limit.test.ts.
    env: { PORT: String(PORT), DATA_DIR: "tests/.tmp/e2e-data", NEXTAUTH_URL: baseURL, DATABASE_URL: "", SIGNUPS_PER_ADDRESS_PER_HOUR: "1000", POSTS_PER_CONVERSATION_PER_MINUTE: "1000" },
  },
});
