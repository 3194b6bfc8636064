import { PrismaClient } from "../../generated/prisma/client";
import type { Connection } from "./connection";

export type Db = InstanceType<typeof PrismaClient>;

export function createPrismaClient(connection: Connection): Db {
  return new PrismaClient({ adapter: connection.adapter });
}
