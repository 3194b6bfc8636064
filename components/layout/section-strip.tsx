"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The sections beside the logo. When they do not fit (on a phone, or with
 * many sections) the list scrolls sideways: the side with more fades out
 * and shows an arrow that scrolls it, and "More" lists every section too.
 * Without JavaScript, phones get the fade on the right and the list scrolls
 * by touch.
 * An island (components/islands): its links are plain, as it may run
 * where there is no App Router.
 */
export function SectionStrip({ sections }: { sections: { href: string; label: string }[] }) {
  const list = useRef<HTMLUListElement>(null);
  const [more, setMore] = useState<{ start: boolean; end: boolean } | null>(null);

  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const measure = () => {
      const end = element.scrollWidth - element.clientWidth - element.scrollLeft;
      setMore({ start: element.scrollLeft > 1, end: end > 1 });
    };
    measure();
    element.addEventListener("scroll", measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    return () => {
      element.removeEventListener("scroll", measure);
      resize.disconnect();
    };
  }, []);

  const scroll = (direction: 1 | -1) => {
    const element = list.current;
    if (!element) return;
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    element.scrollBy({
      left: direction * element.clientWidth * 0.75,
      behavior: reduce ? "auto" : "smooth",
    });
  };

  return (
    <div className="nav-strip">
      <ul
        ref={list}
        className="nav-sections"
        data-more-start={more ? String(more.start) : undefined}
        data-more-end={more ? String(more.end) : undefined}
      >
        {sections.map((section) => (
          <li key={section.href}>
            <a href={section.href}>{section.label}</a>
          </li>
        ))}
      </ul>
      {/* Arrows for pointers only: keyboards reach every link by Tab, and
          "More" lists them all, so the arrows stay out of the tab order. */}
      {more?.start ? (
        <button
          type="button"
          className="nav-strip-arrow nav-strip-back"
          tabIndex={-1}
          aria-hidden="true"
          onClick={() => scroll(-1)}
        >
          ‹
        </button>
      ) : null}
      {more?.end ? (
        <button
          type="button"
          className="nav-strip-arrow nav-strip-next"
          tabIndex={-1}
          aria-hidden="true"
          onClick={() => scroll(1)}
        >
          ›
        </button>
      ) : null}
    </div>
  );
}
