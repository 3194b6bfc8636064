/** "LIVE", on cards and on the live page while coverage goes on. */
export function LiveBadge({ className = "" }: { className?: string }) {
  return (
    <span className={`live-badge ${className}`.trim()}>
      <span className="live-badge-dot" aria-hidden="true" />
      Live
    </span>
  );
}
