"use client";

import { useEffect, useRef, useSyncExternalStore, type RefObject } from "react";
import {
  takeTypedBeforeHydration,
  type TypedControl,
  type TypedValue,
} from "./typed-before-hydration";

/**
 * Gives a form what was typed into it before its script loaded
 * (typed-before-hydration.ts): once, when it mounts, `apply` is called for
 * each control typed into, with its last value, to put it in the form's
 * state. A control the form does not keep in state (an uncontrolled one)
 * gets its value back in the page by default, since hydration may have
 * reset it.
 *
 * Returns whether the script has taken over: a form whose submit runs in
 * the script disables its button until then, since the browser's own
 * submission would send the fields to the page's address and lose them.
 */
export function useTypedBeforeHydration(
  container: RefObject<Element | null>,
  apply: (control: TypedControl, value: TypedValue) => boolean | void = restoreInPage,
): boolean {
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  });
  useEffect(() => {
    if (!container.current) return;
    for (const [control, value] of takeTypedBeforeHydration(container.current)) {
      if (applyRef.current(control, value) === false) restoreInPage(control, value);
    }
  }, [container]);
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

const subscribeNever = () => () => {};

/** Puts a value back into the control itself. */
export function restoreInPage(control: TypedControl, value: TypedValue): void {
  if (typeof value === "boolean" && "checked" in control) control.checked = value;
  else if (typeof value === "string") control.value = value;
}

/**
 * An `apply` for the staff forms whose state is one object keyed by their
 * controls' names: `set(key, value)` is the form's own setter (so a slug
 * still follows a name), numbers are read as numbers, a radio group sets
 * the ticked radio's value, and rows ("links.0.url") are set within their
 * list. `names` maps a control name to its key where they differ.
 */
export function intoValues<V extends object>(
  values: V,
  set: (key: keyof V, value: V[keyof V]) => void,
  names: Record<string, keyof V> = {},
): (control: TypedControl, value: TypedValue) => boolean | void {
  // Rows typed into in several places are gathered, then set together.
  let working = values as Record<string, unknown>;
  return (control, typed) => {
    let value: unknown = typed;
    if (control.type === "radio") {
      // The group's ticked radio says its value; the others have nothing to add.
      if (typed !== true) return;
      value = control.value;
    }
    const [key = "", index, field] = String(names[control.name] ?? control.name).split(".");
    const current = working[key];
    if (index === undefined || field === undefined) {
      if (typeof current === "number") value = Number(value);
      if (current === undefined || typeof current !== typeof value) return false;
      working = { ...working, [key]: value };
      set(key as keyof V, value as V[keyof V]);
      return;
    }
    const rows = current;
    const at = Number(index);
    if (!Array.isArray(rows) || typeof rows[at] !== "object" || rows[at] === null) return false;
    const next = rows.map((row: object, i) => (i === at ? { ...row, [field]: value } : row));
    working = { ...working, [key]: next };
    set(key as keyof V, next as V[keyof V]);
  };
}
