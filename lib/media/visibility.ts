import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { publicArticleFilter } from "@/lib/articles/rules";
import { articleScope } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";

/**
 * Whoever may edit every article works with every image; the rest see
 * their own uploads and what is already public (lib/auth/permissions.ts).
 */
export function seesAllMedia(staff: Pick<Staff, "role">): boolean {
  return articleScope(staff.role, "article.edit") === "all";
}

/**
 * Which images a staff member may see, as a query filter used by every
 * media read (picker, library, detail page, duplicate answers). Those who
 * see only their own articles see their own uploads and images already
 * public, not pictures waiting in someone else's embargoed story.
 */
export function visibleMediaFilter(staff: Pick<Staff, "id" | "role">): Prisma.MediaWhereInput {
  if (seesAllMedia(staff)) return {};
  return {
    OR: [
      { uploadedById: staff.id },
      { heroOf: { some: publicArticleFilter() } },
      { seoImageOf: { some: publicArticleFilter() } },
    ],
  };
}
