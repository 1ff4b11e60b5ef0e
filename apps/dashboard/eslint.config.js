import config from "@framewatch/eslint-config/react";

export default [
  ...config,
  // The plain-JavaScript server files are type-checked by tsc (checkJs), which knows Node's globals; ESLint's no-undef does not.
  { files: ["**/*.mjs"], rules: { "no-undef": "off" } },
];
