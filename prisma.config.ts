import { defineConfig } from "prisma/config";

// The project's own scripts (scripts/db-*.ts) apply migrations offline through
// the WebAssembly schema engine; this file serves the Prisma CLI where it can
// run (generate here, migrate on machines that reach Prisma's binaries).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
