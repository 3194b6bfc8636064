import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// A module of lib/ (through the alias or a relative path) other than a dto.
const LIB_NOT_DTO =
  "[source.value=/^(@|(\\.\\.\\/)*\\.\\.)\\/lib\\//]:not([source.value=/\\/dto$/])";
const DTO_ONLY =
  "Take types from lib/ only through a domain's dto.ts; re-export a type there when it lives beside its code.";

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
    // A promise nobody awaits fails after its caller has moved on: in a test,
    // after the file has closed the database; in a request, unreported.
    // Mark deliberate background work with `void`.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: { "@typescript-eslint/no-floating-promises": "error" },
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
      // lib/ modules are called for values, never read for types. A type that
      // lives beside its code (a zod schema, a parser) is re-exported there.
      // consistent-type-imports makes every type-only import say so, and
      // forbids import("…") types, so no type can slip past the selectors.
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { prefer: "type-imports", fixStyle: "inline-type-imports" },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: `ImportDeclaration[importKind='type']${LIB_NOT_DTO}`,
          message: DTO_ONLY,
        },
        {
          selector: `ImportDeclaration${LIB_NOT_DTO} > ImportSpecifier[importKind='type']`,
          message: DTO_ONLY,
        },
        {
          selector: `ExportNamedDeclaration[exportKind='type']${LIB_NOT_DTO}`,
          message: DTO_ONLY,
        },
        {
          selector: `ExportNamedDeclaration${LIB_NOT_DTO} > ExportSpecifier[exportKind='type']`,
          message: DTO_ONLY,
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
