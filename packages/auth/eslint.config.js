import config from "@framewatch/eslint-config/base";

export default config;
