import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { iconMetadata } from "@/lib/site/icons/paths";
import { preloadFonts } from "./fonts";
import "./styles/site.css";

export const metadata: Metadata = {
  metadataBase: new URL(process.env.SITE_URL ?? "http://localhost:3000"),
  ...iconMetadata,
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#121416" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  preloadFonts();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
