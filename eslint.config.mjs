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
      // The shapes pages and components receive are the domain's dto.ts;
      // its queries are called, never read for types.
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[importKind='type'][source.value=/queries$/]",
          message: "Import DTO types from the domain's dto.ts, not from its queries.",
        },
        {
          selector:
            "ImportDeclaration[source.value=/queries$/] > ImportSpecifier[importKind='type']",
          message: "Import DTO types from the domain's dto.ts, not from its queries.",
        },
      ],
    },
  },
  {
    // One shape for every domain: queries return DTOs declared in dto.ts.
    files: ["lib/**/queries.ts", "lib/**/*-queries.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "ExportNamedDeclaration > :matches(TSInterfaceDeclaration, TSTypeAliasDeclaration)",
          message: "Declare the types a query returns in the domain's dto.ts.",
        },
      ],
    },
  },
];

export default config;
