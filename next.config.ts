import path from "node:path";
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
    // Widths a phone, a tablet and a desktop pick from (1x to 2x), without
    // Next's 3840w and near-duplicates, which only lengthen every srcset.
    deviceSizes: [640, 828, 1080, 1280, 1920],
  },
  typedRoutes: false,
  // Reader pages are kept in Next's full-route cache, in memory, and dropped
  // by tag when what they show changes (docs/architecture.md). The handler
  // takes invalidations from anywhere in the process and from other servers.
  cacheHandler: path.resolve("lib/cache/page-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // What a shared cache in front (a CDN) may serve while it fetches a fresh
  // copy, after a page's revalidate time: an hour, not Next's default year.
  expireTime: 3600,
  // The front page is rendered by the one public route, as the reserved slug
  // "home": a page at "/" itself would be rendered during the build, which
  // must not need a database.
  async rewrites() {
    // Each edition's home is its [slug] route's "home" (app/(uk) for /uk).
    return {
      beforeFiles: [
        { source: "/", destination: "/home" },
        { source: "/uk", destination: "/uk/home" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async redirects() {
    return [
      { source: "/home", destination: "/", permanent: true },
      { source: "/uk/home", destination: "/uk", permanent: true },
    ];
  },
  // Compression, security headers and the Content-Security-Policy are
  // added by the app server (scripts/serve.ts) once a response is complete.
  compress: false,
  async headers() {
    return [
      // Font files carry a hash of their bytes in the name (npm run fonts).
      {
        source: "/fonts/:file*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
  // forbidden() answers 403 from editor pages whose permission is missing.
  // global-not-found.tsx answers addresses no route matches.
  experimental: { authInterrupts: true, globalNotFound: true },
};

export default nextConfig;
