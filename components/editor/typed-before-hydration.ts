/**
 * What staff type before a page's script has loaded. The server renders
 * every staff form, so its fields take typing at once, but React then
 * hydrates controlled fields from the values it rendered (a textarea with
 * text in it is even reset to that text), and what was typed would vanish
 * when the form first re-renders. A tiny inline script, run as the page
 * arrives, remembers each field's last value; each form takes its own
 * fields' values back when it mounts (use-typed-before-hydration.ts).
 *
 * Kept by element, not by id: the script's record dies with the page's own
 * elements, so a form opened later by client navigation never takes values
 * typed elsewhere.
 */

declare global {
  interface Window {
    __typedBeforeHydration?: WeakMap<Element, string | boolean>;
  }
}

/** A control's value as typed: its text, or whether a box is ticked. */
export type TypedValue = string | boolean;

export type TypedControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The inline script (static text, no data in it) that records typing. */
export const RECORD_TYPING_SCRIPT = `(function () {
  if (window.__typedBeforeHydration) return;
  var typed = (window.__typedBeforeHydration = new WeakMap());
  function record(event) {
    var el = event.target;
    if (!el || !/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return;
    typed.set(el, el.type === "checkbox" || el.type === "radio" ? el.checked : el.value);
  }
  document.addEventListener("input", record, true);
  document.addEventListener("change", record, true);
})();`;

/**
 * The controls inside `container` typed into before now, with their values,
 * forgotten once taken so they are applied once.
 */
export function takeTypedBeforeHydration(container: Element): [TypedControl, TypedValue][] {
  const typed = window.__typedBeforeHydration;
  if (!typed) return [];
  const taken: [TypedControl, TypedValue][] = [];
  for (const control of container.querySelectorAll<TypedControl>("input, textarea, select")) {
    const value = typed.get(control);
    if (value === undefined) continue;
    typed.delete(control);
    taken.push([control, value]);
  }
  return taken;
}
