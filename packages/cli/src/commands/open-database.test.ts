import { randomBytes } from "node:crypto";
import { embeddedUrl } from "@framewatch/db/server";
import { describe, expect, it } from "vitest";
import { redact } from "./open-database";

describe("redact", () => {
  it("hides the embedded server's random passwords, whatever characters they draw", () => {
    for (let i = 0; i < 500; i++) {
      const password = randomBytes(24).toString("base64url");
      const shown = redact(embeddedUrl(54329, "framewatch", { user: "framewatch_app", password }));
      expect(shown).toBe("postgresql://framewatch_app:***@127.0.0.1:54329/framewatch");
    }
  });

  it("hides a DATABASE_URL's password", () => {
    expect(redact("postgresql://someone:s3cr%40t@db.example.org:5432/framewatch")).toBe("postgresql://someone:***@db.example.org:5432/framewatch");
  });
});
