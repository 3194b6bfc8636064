"use client";

import { useEffect, useId, useRef } from "react";

interface NavLink {
  href: string;
  label: string;
}

/**
 * "More": the newsroom's own pages, and every section while the strip beside
 * it cannot show them all (it scrolls on narrow screens). A native
 * <details> disclosure, so it opens without JavaScript; with it, Escape and
 * a click or focus elsewhere close it, and Escape puts focus back on "More".
 * An island (components/islands): its links are plain, as it may run
 * where there is no App Router.
 */
export function NavMore({
  sections,
  links,
  labels = { more: "More", sections: "Sections" },
}: {
  sections: NavLink[];
  links: NavLink[];
  labels?: { more: string; sections: string };
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const id = useId();

  useEffect(() => {
    const element = details.current;
    if (!element) return;
    const close = (returnFocus: boolean) => {
      if (!element.open) return;
      element.open = false;
      if (returnFocus) element.querySelector("summary")?.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !element.open) return;
      event.preventDefault();
      close(true);
    };
    const onPointer = (event: PointerEvent) => {
      if (!element.contains(event.target as Node)) close(false);
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next && !element.contains(next)) close(false);
    };
    element.addEventListener("keydown", onKey);
    element.addEventListener("focusout", onFocusOut);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      element.removeEventListener("keydown", onKey);
      element.removeEventListener("focusout", onFocusOut);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, []);

  return (
    <details className="nav-more" ref={details}>
      <summary>{labels.more}</summary>
      <div className="nav-more-panel">
        {sections.length ? (
          // Shown while the strip cannot show every section (app/styles/layout.css).
          <div className="nav-more-sections">
            <p className="nav-more-heading" id={`${id}-sections`}>
              {labels.sections}
            </p>
            <ul aria-labelledby={`${id}-sections`}>
              {sections.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {links.length ? (
          <>
            <p className="nav-more-heading" id={`${id}-newsroom`}>
              The newsroom
            </p>
            <ul aria-labelledby={`${id}-newsroom`}>
              {links.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </details>
  );
}
