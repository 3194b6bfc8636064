import {
  useLayoutEffect,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from "react";

const ITEM = "[data-toolbar-item]";

/**
 * The WAI-ARIA toolbar pattern: one Tab stop, arrow keys, Home and End move
 * between the enabled buttons. Tab indexes are set on the DOM directly so
 * re-renders (active marks change on every keystroke) do not fight over them.
 */
export function useRovingToolbar(ref: RefObject<HTMLElement | null>) {
  const current = useRef(0);

  function items(): HTMLButtonElement[] {
    return Array.from(ref.current?.querySelectorAll<HTMLButtonElement>(ITEM) ?? []);
  }

  function sync(all: HTMLButtonElement[]) {
    const enabled = all.filter((item) => !item.disabled);
    const preferred = all[current.current];
    const stop = preferred && !preferred.disabled ? preferred : enabled[0];
    for (const item of all) item.tabIndex = item === stop ? 0 : -1;
  }

  useLayoutEffect(() => {
    sync(items());
  });

  function onFocus(event: FocusEvent<HTMLElement>) {
    const all = items();
    const index = all.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    current.current = index;
    sync(all);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const enabled = items().filter((item) => !item.disabled);
    const position = enabled.indexOf(event.target as HTMLButtonElement);
    if (position < 0 || enabled.length === 0) return;
    const last = enabled.length - 1;
    const next =
      event.key === "ArrowRight"
        ? (position + 1) % enabled.length
        : event.key === "ArrowLeft"
          ? (position - 1 + enabled.length) % enabled.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    enabled[next]?.focus();
  }

  return { onFocus, onKeyDown };
}
