// Older stories of the list: the same page, one cursor further. Route
// options must be written out in each file.
export { default, generateMetadata } from "../../page";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}
