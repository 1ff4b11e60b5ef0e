// Shared lint rules for every package: ESLint's and typescript-eslint's
// recommended sets, plus the few habits this codebase relies on.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "**/.next/**", "**/generated/**", "**/test-results/**", "**/artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", prefer: "type-imports" }],
      // Only the env modules read process.env (see packages/db/src/env.ts).
      "no-restricted-properties": [
        "warn",
        { object: "process", property: "env", message: "Read configuration through an env.ts module." },
      ],
    },
  },
  {
    // Configuration entry points, scripts and tests are where the environment is read.
    files: ["**/env.ts", "**/e2e-env.ts", "**/*.config.ts", "**/scripts/**", "**/bench/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-properties": "off" },
  },
);
