import config from "@framewatch/eslint-config/react";

export default config;
