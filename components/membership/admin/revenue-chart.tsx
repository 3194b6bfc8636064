import type { MrrPointDto } from "@/lib/membership/dto";
import { formatMoney } from "@/lib/membership/rules";

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 16, right: 16, bottom: 28, left: 64 };

function monthLabel(month: string): string {
  const [year, index] = month.split("-").map(Number);
  return new Date(Date.UTC(year!, index! - 1, 1)).toLocaleString("en", {
    month: "short",
    timeZone: "UTC",
  });
}

/** Round numbers for the axis: 0, then three steps up to just above the top value. */
function axisSteps(max: number): number[] {
  if (max <= 0) return [0, 1000, 2000, 3000];
  const raw = max / 3;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  return [0, step, step * 2, step * 3];
}

/**
 * Monthly recurring revenue over the last months, drawn on the server as
 * SVG (no script, no chart library), with the same figures in a table for
 * screen readers and anyone who wants the numbers.
 */
export function RevenueChart({ points, currency }: { points: MrrPointDto[]; currency: string }) {
  const steps = axisSteps(Math.max(...points.map((p) => p.mrr)));
  const top = steps.at(-1)!;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + (points.length > 1 ? (i / (points.length - 1)) * plotW : plotW / 2);
  const y = (value: number) => PAD.top + plotH - (value / top) * plotH;
  const line = points
    .map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)} ${y(p.mrr).toFixed(1)}`)
    .join(" ");
  const area = `${line} L${x(points.length - 1).toFixed(1)} ${y(0)} L${x(0).toFixed(1)} ${y(0)} Z`;
  const last = points.at(-1);
  return (
    <figure className="mrr-figure">
      <svg
        className="mrr-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="mrr-title"
      >
        <title id="mrr-title">
          {`Monthly recurring revenue over the last ${points.length} months${last ? `, now ${formatMoney(last.mrr, currency)}` : ""}`}
        </title>
        {steps.map((step) => (
          <g key={step} className="mrr-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(step)} y2={y(step)} />
            <text x={PAD.left - 8} y={y(step) + 4} textAnchor="end">
              {formatMoney(step, currency)}
            </text>
          </g>
        ))}
        <path className="mrr-area" d={area} />
        <path className="mrr-line" d={line} />
        {points.map((p, i) => (
          <g key={p.month}>
            <circle className="mrr-dot" cx={x(i)} cy={y(p.mrr)} r={3} />
            <text className="mrr-month" x={x(i)} y={HEIGHT - 8} textAnchor="middle">
              {monthLabel(p.month)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <details>
          <summary>The figures</summary>
          <table className="ed-table em-table">
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="em-num">
                  Members
                </th>
                <th scope="col" className="em-num">
                  Monthly recurring revenue
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.month}>
                  <th scope="row">{p.month}</th>
                  <td className="em-num">{p.members.toLocaleString("en")}</td>
                  <td className="em-num">{formatMoney(p.mrr, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
