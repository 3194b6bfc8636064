"use client";

import { useState } from "react";

const WIDTHS = { desktop: 680, phone: 375 } as const;

/**
 * The email as it will arrive: its HTML in a sandboxed frame (no scripts,
 * no access to the editor), at desktop or phone width, and its plain text.
 */
export function IssuePreview({
  subject,
  html,
  text,
}: {
  subject: string;
  html: string;
  text: string;
}) {
  const [view, setView] = useState<keyof typeof WIDTHS | "text">("desktop");
  return (
    <div className="enl-preview">
      <div className="enl-preview-bar">
        <p className="enl-preview-subject">
          <span className="ed-muted">Subject:</span> {subject}
        </p>
        <div className="enl-segmented" role="group" aria-label="Preview as">
          {(
            [
              ["desktop", "Desktop"],
              ["phone", "Phone"],
              ["text", "Plain text"],
            ] as const
          ).map(([key, label]) => (
            <button
              key={key}
              type="button"
              aria-pressed={view === key}
              onClick={() => setView(key)}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      {view === "text" ? (
        <pre className="enl-preview-text" tabIndex={0} aria-label="Plain-text version">
          {text}
        </pre>
      ) : (
        <div className="enl-preview-frame">
          <iframe
            title={`Email preview at ${view} width`}
            srcDoc={html}
            sandbox=""
            style={{ width: `${WIDTHS[view]}px` }}
          />
        </div>
      )}
    </div>
  );
}
