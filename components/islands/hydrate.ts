import { createElement, useEffect, type ComponentType, type ReactNode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HYDRATED_ATTRIBUTE } from "./names";

/**
 * Hydrates an island's wrapper as a root of its own, and marks the wrapper
 * once the island's effects have run. The islands' module imports this
 * lazily, so React comes with the first island that needs it.
 */
export function hydrateIsland(
  element: HTMLElement,
  Component: ComponentType<object>,
  props: object,
): Promise<void> {
  return new Promise((resolve) => {
    // Effects run children first: when this one runs, the island's have.
    function Ready({ children }: { children: ReactNode }) {
      useEffect(() => {
        element.setAttribute(HYDRATED_ATTRIBUTE, "");
        resolve();
      }, []);
      return children;
    }
    hydrateRoot(element, createElement(Ready, null, createElement(Component, props)));
  });
}
