// Older stories of a section, the News Feed or the corrections list: the same
// page, one cursor further. Route options must be written out in each file.
export { default, generateMetadata } from "../../page";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}
