"use client";

import type { ChecklistItem } from "@/lib/articles/editing/dto";
import { focusField } from "./error-summary";
import "../../../app/styles/editor-schedule.css";

/** The panel's id, so a blocked Publish or Schedule can send focus here. */
export const CHECKLIST_PANEL_ID = "article-checklist";

export function focusChecklist() {
  const panel = document.getElementById(CHECKLIST_PANEL_ID);
  panel?.focus();
  panel?.scrollIntoView({ block: "start", behavior: "smooth" });
}

/**
 * "Ready to publish": the pre-publish checklist the server enforces
 * (lib/articles/editing/checklist.ts), worked out again on every edit, with
 * a way to each field that needs attention.
 */
export function ChecklistPanel({ items }: { items: ChecklistItem[] }) {
  const failing = items.filter((item) => !item.ok).length;
  return (
    <section
      className="ed-panel ae-panel ae-checklist"
      id={CHECKLIST_PANEL_ID}
      tabIndex={-1}
      aria-labelledby="panel-checklist"
      aria-describedby="panel-checklist-summary"
      data-state={failing ? "attention" : "ready"}
    >
      <h2 id="panel-checklist">Ready to publish</h2>
      <p id="panel-checklist-summary" className="ae-checklist-summary" aria-live="polite">
        {failing === 0
          ? "Everything is ready."
          : `${failing} of ${items.length} items ${failing === 1 ? "needs" : "need"} attention before this can be published or scheduled.`}
      </p>
      <ul className="ae-checklist-items">
        {items.map((item) => (
          <li key={item.key} data-state={item.ok ? "ok" : "attention"}>
            <span className="ae-checklist-mark" aria-hidden="true">
              {item.ok ? "✓" : "!"}
            </span>
            <div className="ae-checklist-text">
              <span>
                <span className="visually-hidden">{item.ok ? "Done: " : "Needs attention: "}</span>
                {item.label}
              </span>
              {item.ok ? null : (
                <>
                  <span className="ae-checklist-message">{item.message}</span>
                  <span className="ae-checklist-actions">
                    <button
                      type="button"
                      className="ed-button ed-button-quiet ae-small"
                      onClick={() => focusField(item.field)}
                    >
                      Go to field<span className="visually-hidden">: {item.label}</span>
                    </button>
                  </span>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
