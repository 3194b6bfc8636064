import { describe, expect, it } from "vitest";
import { parseClusters } from "./soak-faults";

describe("parseClusters", () => {
  it("reads pg_lsclusters -h lines and skips anything else", () => {
    const output = [
      "15  main    5432 online postgres /var/lib/postgresql/15/main /var/log/postgresql/postgresql-15-main.log",
      "16 soak 5433 down postgres /var/lib/postgresql/16/soak log",
      "Ver Cluster Port Status Owner",
      "",
    ].join("\n");
    expect(parseClusters(output)).toEqual([
      { version: "15", name: "main", port: 5432 },
      { version: "16", name: "soak", port: 5433 },
    ]);
  });
});
