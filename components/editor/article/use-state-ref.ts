"use client";

import { useCallback, useRef, useState } from "react";

/**
 * State that callbacks can also read synchronously: saves run outside
 * React's render and must see the newest value, not the one of the render
 * that created them.
 */
export function useStateRef<T>(initial: T | (() => T)) {
  const [value, setValue] = useState(initial);
  const ref = useRef(value);
  const set = useCallback((next: T) => {
    ref.current = next;
    setValue(next);
  }, []);
  return [value, ref, set] as const;
}
