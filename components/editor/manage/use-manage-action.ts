"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/dto";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

const UNREACHABLE: Failure = {
  ok: false,
  code: "conflict",
  error:
    "The server could not be reached, so nothing was saved. Check your connection and try again.",
};

/**
 * Runs a staff action from a form: tracks pending state, keeps the failure
 * (with its field errors) or a success message, and re-renders the page's
 * server components after a success so lists show the change.
 */
export function useManageAction<I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  options: { refresh?: boolean } = {},
) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = options.refresh ?? true;

  const run = useCallback(
    (input: I, onSuccess?: (data: T) => string | null | void) =>
      new Promise<ActionResult<T>>((resolve) => {
        setMessage(null);
        startTransition(async () => {
          let result: ActionResult<T>;
          try {
            result = await action(input);
          } catch {
            result = UNREACHABLE;
          }
          if (result.ok) {
            setFailure(null);
            setMessage(onSuccess?.(result.data) ?? null);
            if (refresh) router.refresh();
          } else {
            setFailure(result);
          }
          resolve(result);
        });
      }),
    [action, refresh, router],
  );

  const errorFor = useCallback((name: string) => failure?.fieldErrors?.[name], [failure]);
  const clear = useCallback(() => {
    setFailure(null);
    setMessage(null);
  }, []);

  return { pending, failure, message, run, errorFor, clear };
}

/**
 * The action of a form that creates something, then opens the new one's
 * page (`createdPath`), or edits one in place (`id` given). `save` runs
 * whichever it is; `onUpdated` gives the edit's success message.
 */
export function useCreateOrUpdate<I extends object, C extends { id: string }, U>(
  id: string | undefined,
  create: (input: I) => Promise<ActionResult<C>>,
  update: (input: I & { id: string }) => Promise<ActionResult<U>>,
  createdPath: (id: string) => string,
) {
  const router = useRouter();
  const created = useManageAction(create, { refresh: false });
  const updated = useManageAction(update);
  const { pending, failure, message, errorFor } = id ? updated : created;

  async function save(input: I, onUpdated: (data: U) => string) {
    if (!id) {
      const result = await created.run(input);
      if (result.ok) router.push(createdPath(result.data.id));
      return;
    }
    await updated.run({ ...input, id }, onUpdated);
  }

  return { pending, failure, message, errorFor, save };
}
