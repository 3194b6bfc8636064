import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { publicArticleFilter } from "@/lib/articles/rules";
import type { Staff } from "@/lib/auth/session";

/** Editors and admins work with every article, so with every image. */
export function seesAllMedia(staff: Pick<Staff, "role">): boolean {
  return staff.role === "EDITOR" || staff.role === "ADMIN";
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
