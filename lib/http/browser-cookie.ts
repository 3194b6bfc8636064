/**
 * A cookie's value as the browser's scripts see it, or null. Only for the
 * hint cookies that are readable on purpose (staff, reader, member): they
 * say who may need to ask the server, and grant nothing.
 */
export function readCookie(name: string): string | null {
  for (const part of document.cookie.split("; ")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index) === name) return part.slice(index + 1);
  }
  return null;
}
