import { describe, expect, it } from "vitest";
import { findPublisherVoice } from "./find-publisher-voice";

describe("findPublisherVoice", () => {
  it("is a newsroom's by default", () => {
    expect(findPublisherVoice("Militants attacked a checkpoint on Monday.")).toMatchObject({ type: "media_other", why: "publisher:media" });
  });

  it("is a research body's when the text speaks of itself as a report or of its own data", () => {
    expect(findPublisherVoice("This report documents the trials of suspects in Nineveh.").type).toBe("analyst");
    expect(findPublisherVoice("Our own dataset, compiled from the group's claims, suggests 900 fighters remain.").type).toBe("analyst");
    expect(findPublisherVoice("NEWS DIGEST BY THE ORIENT RESEARCH CENTER / BEIRUT\nOverview of the week.").type).toBe("analyst");
  });

  it("is the side a state agency or the group's own outlet speaks for", () => {
    expect(findPublisherVoice("Army units cleared the road.", "SANA").type).toBe("syrian_gov");
    expect(findPublisherVoice("The soldiers of the caliphate attacked.", "Amaq").type).toBe("isis");
  });
});
