"use client";

import { useState } from "react";

/**
 * A temporary password, shown this once: it is not stored anywhere it could
 * be read again, so the admin copies it now and hands it over privately.
 */
export function TemporaryPassword({ email, password }: { email: string; password: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopied("yes");
    } catch {
      // No clipboard outside secure contexts; the text can still be selected.
      setCopied("failed");
    }
  }

  return (
    <div className="em-secret" role="status">
      <p>
        <strong>Temporary password for {email}</strong>
      </p>
      <div className="em-secret-row">
        <code className="em-secret-value" aria-label="Temporary password">
          {password}
        </code>
        <button type="button" className="ed-button" onClick={copy}>
          Copy
        </button>
      </div>
      <p className="ed-hint">
        {copied === "yes"
          ? "Copied. "
          : copied === "failed"
            ? "Copying is not available here; select the password instead. "
            : ""}
        It is shown only now. Give it to its owner privately (not by the same email address), and
        ask them to sign in with it.
      </p>
    </div>
  );
}
