import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native modules stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "sharp", "pg", "@aws-sdk/client-s3", "pdfjs-dist", "@napi-rs/canvas"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
