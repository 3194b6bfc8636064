"use client";

import Link from "next/link";
import { useState } from "react";
import { reorderSectionsAction } from "@/lib/sections/actions";
import type { ManagedSectionDto } from "@/lib/sections/dto";
import { useManageAction } from "../use-manage-action";

/**
 * The sections in navigation order, with move up / move down buttons. The
 * new order shows at once and is saved as a whole; a refusal (the list
 * changed meanwhile) puts the saved order back.
 */
export function SectionTable({ sections }: { sections: ManagedSectionDto[] }) {
  const [order, setOrder] = useState(sections);
  const { pending, failure, message, run } = useManageAction(reorderSectionsAction);

  async function move(index: number, by: -1 | 1) {
    const next = [...order];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    setOrder(next);
    const result = await run(
      { ids: next.map((s) => s.id) },
      () => `Moved “${moved.name}” ${by < 0 ? "up" : "down"}.`,
    );
    if (!result.ok) setOrder(sections);
  }

  if (order.length === 0) {
    return (
      <p className="em-empty">No sections yet. Create the first one to file articles under it.</p>
    );
  }

  return (
    <>
      {failure ? (
        <p className="ed-error-summary" role="alert">
          {failure.error}
        </p>
      ) : null}
      <div role="status" aria-live="polite" className="visually-hidden">
        {message}
      </div>
      <table className="ed-table em-table">
        <caption className="visually-hidden">Sections in navigation order</caption>
        <thead>
          <tr>
            <th scope="col" className="em-col-order">
              Order
            </th>
            <th scope="col">Name</th>
            <th scope="col">Address</th>
            <th scope="col" className="em-num">
              Articles
            </th>
            <th scope="col">Navigation</th>
          </tr>
        </thead>
        <tbody>
          {order.map((section, index) => (
            <tr key={section.id}>
              <td className="em-col-order">
                <span className="em-order-index">{index + 1}</span>
                <button
                  type="button"
                  className="em-icon-button"
                  onClick={() => move(index, -1)}
                  disabled={pending || index === 0}
                  aria-label={`Move ${section.name} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="em-icon-button"
                  onClick={() => move(index, 1)}
                  disabled={pending || index === order.length - 1}
                  aria-label={`Move ${section.name} down`}
                >
                  ↓
                </button>
              </td>
              <td>
                <Link href={`/editor/sections/${section.id}`}>{section.name}</Link>
                {section.description ? <div className="em-sub">{section.description}</div> : null}
              </td>
              <td>
                <code className="em-code">/{section.slug}</code>
              </td>
              <td className="em-num">{section.articleCount.toLocaleString("en")}</td>
              <td>
                {section.inNavigation ? (
                  <span className="ed-badge em-badge-on">Shown</span>
                ) : (
                  <span className="ed-badge">Hidden</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
