import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from
  // node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  // A second server (another worktree task, a benchmark) can build beside the
  // main one without sharing its output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  images: {
    localPatterns: [{ pathname: "/media/**" }],
    formats: ["image/avif", "image/webp"],
  },
  typedRoutes: false,
  // Staff pages may not be framed by anyone (clickjacking a Publish button).
  async headers() {
    const noFraming = [
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
    ];
    return ["/editor", "/editor/:path*", "/login", "/preview/:path*"].map((source) => ({
      source,
      headers: noFraming,
    }));
  },
  // forbidden() answers 403 from editor pages whose permission is missing.
  experimental: { authInterrupts: true },
};

export default nextConfig;
