import type { NextConfig } from "next";
import { PAGE_ROUTES } from "./lib/routes";

/**
 * Content-Security-Policy. Next's App Router streams its payload in inline <script> tags, so
 * script-src needs 'unsafe-inline' (nonces would force a per-request proxy; every script here is
 * first-party anyway). recharts and React set inline styles. The PNG download draws the chart's SVG
 * through a blob: image onto a canvas, hence img-src blob: data:.
 */
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3"],
  // The root layout is app/[lang]'s: an address that no route serves gets app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  /**
   * English pages are served at the bare paths from app/[lang] with lang "en" (Arabic is at /ar/…).
   * A config rewrite, not one in proxy.ts: it is routed internally, for documents and RSC requests alike.
   */
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/en" },
        ...PAGE_ROUTES.flatMap((route) => [
          { source: `/${route}`, destination: `/en/${route}` },
          { source: `/${route}/:rest*`, destination: `/en/${route}/:rest*` },
        ]),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
