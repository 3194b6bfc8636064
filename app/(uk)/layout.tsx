import { after } from "next/server";
import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";
import { EDITION_INFO } from "@/lib/i18n/editions";
import { nudgeScheduler } from "@/lib/scheduling/runner";
import { RootDocument, rootMetadata, rootViewport } from "../root-document";

export const metadata = rootMetadata;
export const viewport = rootViewport;

/**
 * The Ukrainian edition's reader pages, under `/uk/`: a root layout of its
 * own, so its pages say `<html lang="uk">` and stay as cacheable as the
 * English ones.
 */
export default function UkrainianLayout({ children }: { children: ReactNode }) {
  after(() => nudgeScheduler());
  return (
    <RootDocument lang={EDITION_INFO.uk.lang}>
      <SiteChrome edition="uk">{children}</SiteChrome>
    </RootDocument>
  );
}
