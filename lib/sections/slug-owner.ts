import "server-only";
import type { Tx } from "@/lib/manage/audit";

/**
 * Why a section cannot take `slug`, or null when it may. Root slugs are
 * shared by articles, pages and sections (the Route table), and an old slug
 * keeps redirecting to its owner, so it stays taken; a section may take back
 * one of its own old slugs.
 */
export async function sectionSlugProblem(
  tx: Tx,
  slug: string,
  sectionId: string | null,
): Promise<string | null> {
  const route = await tx.route.findUnique({
    where: { slug },
    select: {
      canonical: true,
      sectionId: true,
      article: { select: { title: true, slug: true } },
      section: { select: { name: true, slug: true } },
    },
  });
  if (route) {
    if (sectionId && route.sectionId === sectionId) return null;
    const current = route.article?.slug ?? route.section?.slug;
    const owner = route.article
      ? `the article “${route.article.title}”`
      : route.section
        ? `the section “${route.section.name}”`
        : "another page";
    return current === slug
      ? `This address is already used by ${owner}.`
      : `This address once belonged to ${owner} and still redirects there.`;
  }
  // The Route table should hold every section slug; this guards data loaded around it.
  const section = await tx.section.findUnique({
    where: { slug },
    select: { id: true, name: true },
  });
  if (section && section.id !== sectionId) {
    return `This address is already used by the section “${section.name}”.`;
  }
  return null;
}
