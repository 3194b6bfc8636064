import "server-only";
import type { Db } from "./db/client";
import { getDbInstance } from "./db/instance";

/**
 * The Prisma client for server code. Opening is deferred to the first query,
 * so importing this module (as `next build` does) never touches the database.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDbInstance().db;
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
