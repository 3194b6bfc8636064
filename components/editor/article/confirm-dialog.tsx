"use client";

import { useCallback, useState } from "react";
import { ModalDialog } from "./modal-dialog";

interface ConfirmRequest {
  title: string;
  body: string;
  action: string;
  resolve: (confirmed: boolean) => void;
}

/** `confirm()` as a labelled modal: resolves true only on the action button. */
export function useConfirm() {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);

  const confirm = useCallback(
    (options: { title: string; body: string; action: string }) =>
      new Promise<boolean>((resolve) => {
        setRequest((previous) => {
          previous?.resolve(false);
          return { ...options, resolve };
        });
      }),
    [],
  );

  const finish = (confirmed: boolean) => {
    request?.resolve(confirmed);
    setRequest(null);
  };

  const dialog = (
    <ModalDialog
      open={request !== null}
      title={request?.title ?? ""}
      onClose={() => finish(false)}
      className="ae-confirm"
      closeLabel="Cancel"
    >
      <p className="ae-dialog-text">{request?.body}</p>
      <div className="ae-dialog-actions">
        <button type="button" className="ed-button" onClick={() => finish(false)} data-autofocus>
          Cancel
        </button>
        <button type="button" className="ed-button ed-button-danger" onClick={() => finish(true)}>
          {request?.action}
        </button>
      </div>
    </ModalDialog>
  );

  return { confirm, dialog };
}
