import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { holds, ROLES, type Permission, type Role } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { actAs, actingStaff } from "./acting-staff";
import { truncateAll } from "./database";
import { createStaff } from "./factories";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

/**
 * Walks every server action and every route handler of the app and proves
 * that the permission each one declares is enforced: a role without it is
 * refused before anything runs. A new action or staff route without a
 * declaration fails here until it has one.
 */
const root = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string, match: (file: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(relative, match));
    else if (match(relative)) found.push(relative);
  }
  return found;
}

const actionFiles = filesUnder("lib", (file) => {
  if (!file.endsWith(".ts") || file.endsWith(".test.ts")) return false;
  return /^["']use server["'];/.test(fs.readFileSync(path.join(root, file), "utf8"));
});
const routeFiles = filesUnder("app", (file) => /\/route\.tsx?$/.test(file));

type Declared = ((...args: unknown[]) => Promise<unknown>) & {
  declaration?: { permission: Permission };
};

/**
 * Plain-form wrappers around a declared action (so the form works before
 * its script loads): each is called by a role without the permission and
 * must come back refused.
 */
const FORM_WRAPPERS: Record<
  string,
  { permission: Permission; call: (f: Declared) => Promise<unknown> }
> = {
  startArticleFromForm: {
    permission: "article.create",
    call: (f) => f(null, formOf({ title: "Refused" })),
  },
  restoreRevisionFromForm: {
    permission: "article.edit",
    call: (f) => f({ status: "idle" }, formOf({ articleId: "x", revisionId: "y", version: "1" })),
  },
  retryEdgePurgeFormAction: {
    permission: "settings.manage",
    call: (f) => f(formOf({ id: "1" })),
  },
  startTranslationFromForm: {
    permission: "article.create",
    call: (f) => f(formOf({ id: "missing", edition: "uk" })),
  },
  retryOutboxMessageFormAction: {
    permission: "outbox.read",
    call: (f) => f(formOf({ id: "missing" })),
  },
};

/** Route handlers anyone may call, and why; everything else must be declared. */
const PUBLIC_ROUTES: Record<string, string> = {
  "app/apple-touch-icon.png/route.ts": "the site's touch icon",
  "app/favicon.ico/route.ts": "the site's favicon",
  "app/icon.svg/route.ts": "the site's icon",
  "app/icons/[file]/route.ts": "the web manifest's icons",
  "app/manifest.webmanifest/route.ts": "the web manifest",
  "app/og/podcast-cover.png/route.tsx": "the podcast feed's cover art",
  "app/(public)/[slug]/feed/route.ts": "a section's or a live blog's RSS feed",
  "app/(public)/author/[slug]/feed/route.ts": "an author's RSS feed",
  "app/(public)/tag/[slug]/feed/route.ts": "a tag's RSS feed",
  "app/(uk)/uk/feed/route.ts": "the Ukrainian edition's RSS feed",
  "app/(uk)/uk/[slug]/feed/route.ts": "a Ukrainian section's RSS feed",
  "app/api/auth/[...nextauth]/route.ts": "signing in and out",
  "app/api/comments/[id]/route.ts": "a reader's own comment (reader session checked)",
  "app/api/comments/route.ts": "reader comments (reader session checked)",
  "app/api/membership/checkout/route.ts": "a reader's checkout (reader session checked)",
  "app/api/membership/newsletters/route.ts": "a member's newsletters (reader session checked)",
  "app/api/membership/portal/route.ts": "a reader's billing portal (reader session checked)",
  "app/api/membership/status/route.ts": "whether the reader is a member (reader session checked)",
  "app/api/membership/webhook/route.ts": "Stripe's webhook (signature checked)",
  "app/api/newsletters/confirm/route.ts": "newsletter confirmation (signed token)",
  "app/api/newsletters/manage-link/route.ts": "asking for a manage link",
  "app/api/newsletters/preferences/route.ts": "newsletter preferences (signed token)",
  "app/api/newsletters/subscribe/route.ts": "newsletter sign-up",
  "app/api/newsletters/unsubscribe/route.ts": "one-click unsubscribe (signed token)",
  "app/api/preview/route.ts": "turns draft mode on after its own staff and article check",
  "app/api/reader-auth/confirm/route.ts": "reader sign-in link",
  "app/api/reader-auth/profile/route.ts": "a reader's display name (reader session checked)",
  "app/api/reader-auth/request/route.ts": "asking for a reader sign-in link",
  "app/api/reader-auth/sign-out/route.ts": "reader sign-out",
  "app/api/views/route.ts": "the view beacon",
  "app/feed/audio/route.ts": "the podcast feed",
  "app/fragments/rails/[id]/route.ts": "the rails under an article, the same for everyone",
  "app/fragments/comments/[id]/route.ts": "an article's published comments, the same for everyone",
  "app/fragments/live/[id]/route.ts": "a live blog's newest public updates, the same for everyone",
  "app/healthz/route.ts": "liveness and readiness for the edge's health checks",
  "app/feed/route.ts": "the site's RSS feed",
  "app/media/[...key]/route.ts": "public media files",
  "app/og/[kind]/[key]/route.tsx": "Open Graph images",
  "app/og/crop/[ratio]/[...key]/route.ts": "cropped share images",
  "app/og/logo/route.tsx": "the logo for structured data",
  "app/sitemap.xml/route.ts": "the sitemap index",
  "app/sitemaps/[file]/route.ts": "sitemaps",
};

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

const staffByRole = new Map<Role, Staff>();

beforeAll(async () => {
  await truncateAll();
  for (const role of ROLES) staffByRole.set(role, await createStaff({ role }));
});

/** An action's answer, or the address a wrapper redirected to. */
async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (digest?.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}

describe("every server action declares its permission, and it holds", async () => {
  const actions: [string, string, Declared][] = [];
  for (const file of actionFiles) {
    const exported = (await import(/* @vite-ignore */ path.join(root, file))) as Record<
      string,
      unknown
    >;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function") actions.push([file, name, value as Declared]);
    }
  }

  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThan(40);
  });

  it.each(actions)("%s: %s is declared or wraps a declared action", (_file, name, action) => {
    expect(action.declaration ?? FORM_WRAPPERS[name], name).toBeDefined();
  });

  it.each(actions)(
    "%s: %s refuses every role without its permission",
    async (_file, name, action) => {
      const permission = action.declaration?.permission ?? FORM_WRAPPERS[name]!.permission;
      for (const role of ROLES) {
        actAs(staffByRole.get(role)!);
        const result = await outcome(() =>
          action.declaration ? action({}) : FORM_WRAPPERS[name]!.call(action),
        );
        const text = JSON.stringify(result);
        if (holds(role, permission)) {
          // Refused later, if at all, for the input or the article, not the role.
          expect(text, `${name} as ${role}`).not.toContain("You do not have permission");
        } else {
          expect(text, `${name} as ${role}`).toMatch(/forbidden|You do not have permission/);
        }
      }
      actAs(null);
      const anonymous = await outcome(() =>
        action.declaration ? action({}) : FORM_WRAPPERS[name]!.call(action),
      );
      expect(JSON.stringify(anonymous)).toMatch(/unauthenticated|session has ended|login/);
    },
  );
});

describe("every staff route handler declares its permission, and it holds", async () => {
  const handlers: [string, string, Declared][] = [];
  for (const file of routeFiles) {
    const exported = (await import(/* @vite-ignore */ path.join(root, file))) as Record<
      string,
      unknown
    >;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      const value = exported[method];
      if (typeof value === "function") handlers.push([file, method, value as Declared]);
    }
  }

  it.each(handlers)("%s %s is declared or public for a stated reason", (file, _method, handler) => {
    expect(handler.declaration ?? PUBLIC_ROUTES[file], file).toBeDefined();
  });

  const declared = handlers.filter(([, , handler]) => handler.declaration);
  it("finds the staff routes", () => {
    expect(declared.length).toBeGreaterThanOrEqual(5);
  });

  it.each(declared)(
    "%s %s refuses every role without its permission",
    async (file, method, handler) => {
      const { permission } = handler.declaration!;
      for (const role of ROLES) {
        actAs(staffByRole.get(role)!);
        const response = (await handler(
          new Request("http://localhost:3000/x", {
            method,
            headers: { "sec-fetch-site": "same-origin", "content-type": "text/plain" },
            ...(method === "GET" ? {} : { body: "" }),
          }),
          { params: Promise.resolve({}) },
        )) as Response;
        if (holds(role, permission)) expect(response.status, `${file} as ${role}`).not.toBe(403);
        else expect(response.status, `${file} as ${role}`).toBe(403);
      }
      actAs(null);
      const anonymous = (await handler(new Request("http://localhost:3000/x", { method }), {
        params: Promise.resolve({}),
      })) as Response;
      expect([401, 403]).toContain(anonymous.status);
    },
  );
});
