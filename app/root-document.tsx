import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { iconMetadata } from "@/lib/site/icons/paths";
import { preloadFonts } from "./fonts";
import "./styles/site.css";

/**
 * The document around every page. Each top-level route group has a root
 * layout of its own built from this ((public) and (uk) for readers, (editor)
 * and (auth) for staff), so `<html lang>` comes from the edition while every
 * reader page stays one cached HTML for everyone: nothing here reads the
 * request.
 */
export const rootMetadata: Metadata = {
  metadataBase: new URL(process.env.SITE_URL ?? "http://localhost:3000"),
  ...iconMetadata,
};

export const rootViewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#121416" },
  ],
};

export function RootDocument({ lang, children }: { lang: string; children: ReactNode }) {
  preloadFonts();
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}
