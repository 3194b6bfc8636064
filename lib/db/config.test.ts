import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError } from "../env";
import { describeDatabase, isLocalDatabase, postgresTarget, readDatabaseConfig } from "./config";
import { explainDatabaseError } from "./connection";

describe("database configuration", () => {
  it("defaults to PGlite in a local folder", () => {
    expect(readDatabaseConfig({})).toEqual({
      kind: "pglite",
      dataDir: path.resolve(".data/pglite"),
    });
    expect(readDatabaseConfig({ PGLITE_DATA_DIR: "memory://" })).toEqual({
      kind: "pglite",
      dataDir: "memory://",
    });
  });

  it("uses PostgreSQL when DATABASE_URL is set, and ignores an empty one", () => {
    expect(readDatabaseConfig({ DATABASE_URL: "postgresql://u:p@db:5432/news" }).kind).toBe(
      "postgres",
    );
    expect(readDatabaseConfig({ DATABASE_URL: "  " }).kind).toBe("pglite");
  });

  it("refuses a URL that is not PostgreSQL with a sentence, not a stack", () => {
    expect(() => readDatabaseConfig({ DATABASE_URL: "mysql://x" })).toThrow(EnvError);
    expect(() => readDatabaseConfig({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL must start with postgresql:\/\//,
    );
  });

  it("never prints the password", () => {
    const text = describeDatabase({
      kind: "postgres",
      url: "postgresql://user:s3cret@db.internal:6543/news",
    });
    expect(text).toBe('PostgreSQL database "news" at db.internal:6543');
    expect(text).not.toContain("s3cret");
  });

  it("reads the host the way pg does, so a query parameter cannot pass as local", () => {
    const local = (url: string, env = {}) =>
      isLocalDatabase({ kind: "postgres", url }) && postgresTarget(url, env);
    expect(postgresTarget("postgresql://u@localhost/x?host=db.prod")?.host).toBe("db.prod");
    expect(
      isLocalDatabase({ kind: "postgres", url: "postgresql://u@localhost/x?host=db.prod" }),
    ).toBe(false);
    expect(postgresTarget("postgresql:///newsroom", { PGHOST: "db.prod" })?.host).toBe("db.prod");
    expect(postgresTarget("postgresql:///newsroom", {})?.host).toBe("localhost");
    expect(local("postgresql://u@127.0.0.1:5433/x")).toMatchObject({ port: "5433", database: "x" });
  });

  it("treats only PGlite and loopback PostgreSQL as local", () => {
    expect(isLocalDatabase({ kind: "pglite", dataDir: "/x" })).toBe(true);
    expect(isLocalDatabase({ kind: "postgres", url: "postgresql://u@127.0.0.1/x" })).toBe(true);
    expect(isLocalDatabase({ kind: "postgres", url: "postgresql://u@localhost/x" })).toBe(true);
    expect(isLocalDatabase({ kind: "postgres", url: "postgresql://u@db.example.com/x" })).toBe(
      false,
    );
  });

  it("explains connection failures in one line", () => {
    expect(explainDatabaseError({ code: "ECONNREFUSED" }, "PostgreSQL X")).toBe(
      "Cannot use PostgreSQL X: the connection was refused; is the server running?",
    );
    expect(explainDatabaseError({ code: "3D000" }, "PostgreSQL X")).toMatch(/does not exist/);
    expect(explainDatabaseError(new Error("first line\nsecond line"), "X")).toBe(
      "Cannot use X: first line",
    );
  });
});
