import type { ReactNode } from "react";

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const icons = {
  link: (
    <Icon>
      <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
    </Icon>
  ),
  bulletList: (
    <Icon>
      <path d="M9 6h11M9 12h11M9 18h11" />
      <circle cx="4.5" cy="6" r="1" fill="currentColor" />
      <circle cx="4.5" cy="12" r="1" fill="currentColor" />
      <circle cx="4.5" cy="18" r="1" fill="currentColor" />
    </Icon>
  ),
  orderedList: (
    <Icon>
      <path d="M10 6h10M10 12h10M10 18h10" />
      <path d="M4 4.5l1.5-1V9M3.5 9h3" strokeWidth="1.5" />
      <path d="M3.5 14.5a1.5 1.5 0 1 1 2.6 1L3.5 19h3" strokeWidth="1.5" />
    </Icon>
  ),
  quote: (
    <Icon>
      <path d="M4 5v14" strokeWidth="3" />
      <path d="M9 8h11M9 12h11M9 16h7" />
    </Icon>
  ),
  pullQuote: (
    <Icon>
      <path d="M3 4h18M3 20h18" />
      <path d="M7 15.5c1.8-.6 2.5-2 2.5-4V8.5H6.5v3h3M14 15.5c1.8-.6 2.5-2 2.5-4V8.5h-3v3h3" />
    </Icon>
  ),
  image: (
    <Icon>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <circle cx="9" cy="10" r="2" />
      <path d="M21 16l-5-5-9 9" />
    </Icon>
  ),
  embed: (
    <Icon>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M10 9l5 3-5 3z" fill="currentColor" />
    </Icon>
  ),
  related: (
    <Icon>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M7 10h6M7 14h10" />
      <path d="M15 8.5h2.5v2.5h-2.5z" />
    </Icon>
  ),
  divider: (
    <Icon>
      <path d="M3 12h18" />
      <path d="M8 7h8M8 17h8" strokeWidth="1.5" opacity="0.5" />
    </Icon>
  ),
  undo: (
    <Icon>
      <path d="M9 14L4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </Icon>
  ),
  redo: (
    <Icon>
      <path d="M15 14l5-5-5-5" />
      <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
    </Icon>
  ),
} satisfies Record<string, ReactNode>;
