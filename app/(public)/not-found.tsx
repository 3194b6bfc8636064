import { NotFoundContent } from "@/components/layout/not-found-content";

export const metadata = { title: "Page not found", robots: { index: false } };

/** notFound() from a reader page: rendered inside the public layout's chrome. */
export default function NotFound() {
  return <NotFoundContent />;
}
