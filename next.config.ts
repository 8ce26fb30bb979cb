import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  // Native modules stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "sharp", "pg", "@aws-sdk/client-s3", "pdfjs-dist", "@napi-rs/canvas"],
  poweredByHeader: false,
  // The server compresses Next's answers itself: brotli, and one block per burst of output rather
  // than one per chunk (lib/server/compress-pages.ts).
  compress: false,
  reactStrictMode: true,
};

// Languages (README "Languages"): the messages in lib/i18n/messages are compiled at build time,
// so pages format them without shipping an ICU parser to the phone.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: ["en", "hi", "gu"], precompile: true } },
});

export default withNextIntl(nextConfig);
