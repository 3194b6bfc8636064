/**
 * Counts a view once the page has actually been visible for a moment, so
 * prerendered and background tabs are not counted. First-party, no cookie.
 * Plain DOM, so islands pages run it without React; returns what cancels it.
 */
export function countView(articleId: string): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    const body = JSON.stringify({ articleId });
    if (!navigator.sendBeacon?.("/api/views", body)) {
      void fetch("/api/views", { method: "POST", body, keepalive: true });
    }
  };
  const arm = () => {
    if (document.visibilityState === "visible" && !timer) {
      timer = setTimeout(send, 1000);
      document.removeEventListener("visibilitychange", arm);
    }
  };
  arm();
  if (!timer) document.addEventListener("visibilitychange", arm);
  return () => {
    clearTimeout(timer);
    document.removeEventListener("visibilitychange", arm);
  };
}
