import { describe, expect, it } from "vitest";
import type { TypedControl } from "./typed-before-hydration";
import { intoValues } from "./use-typed-before-hydration";

/** Just what intoValues reads of a control. */
const control = (name: string, type = "text", value = "") =>
  ({ name, type, value }) as unknown as TypedControl;

function recorder<V extends object>(values: V) {
  const state = { ...values };
  const set = (key: keyof V, value: V[keyof V]) => {
    state[key] = value;
  };
  return { state, set };
}

describe("intoValues", () => {
  it("sets text, ticks and numbers by the control's name", () => {
    const { state, set } = recorder({ name: "", active: false, position: 0 });
    const apply = intoValues({ name: "", active: false, position: 0 }, set);
    apply(control("name"), "River Desk");
    apply(control("active", "checkbox"), true);
    apply(control("position", "number"), "3");
    expect(state).toEqual({ name: "River Desk", active: true, position: 3 });
  });

  it("takes a radio group's value from the ticked radio, by an alias where names differ", () => {
    const { state, set } = recorder({ role: "AUTHOR" });
    const apply = intoValues({ role: "AUTHOR" }, set, { "new-staff-role": "role" });
    expect(apply(control("new-staff-role", "radio", "AUTHOR"), false)).toBeUndefined();
    apply(control("new-staff-role", "radio", "EDITOR"), true);
    expect(state).toEqual({ role: "EDITOR" });
  });

  it("sets fields within rows, keeping earlier rows' changes", () => {
    const links = [
      { kind: "x", url: "" },
      { kind: "site", url: "" },
    ];
    const { state, set } = recorder({ links });
    const apply = intoValues({ links }, set);
    apply(control("links.0.url"), "https://example.org/a");
    apply(control("links.1.url"), "https://example.org/b");
    expect(state.links).toEqual([
      { kind: "x", url: "https://example.org/a" },
      { kind: "site", url: "https://example.org/b" },
    ]);
  });

  it("leaves controls it does not know to the page", () => {
    const { state, set } = recorder({ name: "" });
    const apply = intoValues({ name: "" }, set);
    expect(apply(control("search"), "kyiv")).toBe(false);
    expect(apply(control("links.0.url"), "https://example.org")).toBe(false);
    expect(apply(control("name", "checkbox"), true)).toBe(false);
    expect(state).toEqual({ name: "" });
  });
});
