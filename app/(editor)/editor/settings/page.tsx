import type { Metadata } from "next";
import { SettingsForm } from "@/components/editor/manage/settings/settings-form";
import { requireStaff } from "@/lib/auth/session";
import { getSiteSettingsForManage } from "@/lib/site/manage-queries";
import "../../../styles/editor-manage.css";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireStaff("settings.manage", undefined, "/editor/settings");
  const { saved, ...settings } = await getSiteSettingsForManage();
  // Intl's list leaves out UTC and some newer names; the current zone is always offered.
  const timeZones = [...new Set(["UTC", settings.timezone, ...Intl.supportedValuesOf("timeZone")])];
  return (
    <>
      <header className="ed-page-head">
        <div>
          <h1>Site settings</h1>
          <p>The newsroom&rsquo;s name, time zone and the links in the header and footer.</p>
        </div>
      </header>
      {saved ? null : (
        <p className="ed-notice em-page-notice" role="status">
          Nothing has been saved yet; the site runs on defaults until you save.
        </p>
      )}
      <SettingsForm initial={settings} timeZones={timeZones} />
    </>
  );
}
