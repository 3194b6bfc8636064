import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "generated/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Pages and components never talk to the database; they call lib/.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/generated/*",
                "**/generated/prisma/*",
                "@prisma/*",
                "pg",
                "@electric-sql/*",
                "pglite-prisma-adapter",
                "@/lib/db",
                "@/lib/db/*",
                "**/lib/db",
                "**/lib/db/*",
              ],
              message:
                "Read and write through lib/<domain> modules; app/ and components/ never import Prisma.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
