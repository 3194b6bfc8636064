// Older stories of a section or the News Feed: the same page, one cursor
// further. Route options must be written out in each file.
export { default, generateMetadata } from "../../page";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}
