import { describe, expect, it } from "vitest";
import type { Attribution } from "../model/types";
import { countGroupTerms } from "../terms";
import { splitSentences } from "../text";
import { codePolicyFrames } from "./code-policy-frames";
import { extractFraming } from "./extract-framing";
import { scoreThreat } from "./score-threat";

const article = [
  "Daesh remnants are trying to regroup in the western desert, a commander said.",
  "The terrorists were defeated in 2017 and their so-called caliphate collapsed.",
  "ISIS sleeper cells remain active, according to a UN report.",
  "Farmers say the price of wheat has fallen.",
].join(" ");

describe("extractFraming", () => {
  const sentences = splitSentences(article);
  const attributions: Attribution[] = [
    {
      sentenceIndex: 0,
      claimant: "a commander",
      claimantType: "iraqi_gov_military",
      evidence: { start: article.indexOf("a commander"), end: article.indexOf("a commander") + 11, text: "a commander" },
    },
    {
      sentenceIndex: 2,
      claimant: "a UN report",
      claimantType: "un",
      evidence: { start: article.indexOf("a UN report"), end: article.indexOf("a UN report") + 11, text: "a UN report" },
    },
  ];
  const framing = extractFraming(article, sentences, attributions);

  it("counts words and sentences", () => {
    expect(framing.sentenceCount).toBe(4);
    expect(framing.wordCount).toBe(article.split(/\s+/).length);
  });

  it("naming agrees with countGroupTerms and gives shares", () => {
    expect(framing.naming.counts).toEqual(countGroupTerms(article));
    expect(framing.naming.shares).toMatchObject({ Daesh: 0.5, ISIS: 0.5, ISIL: 0 });
  });

  it("counts actor labels with per-1,000-word rates", () => {
    expect(framing.actorLabels.counts).toMatchObject({ remnants: 1, terrorists: 1, "sleeper cells": 1, cells: 0 });
    expect(framing.actorLabels.per1000Words.remnants).toBeCloseTo(1000 / framing.wordCount, 2);
  });

  it("counts sourcing by claimant type from the attributions", () => {
    expect(framing.sourcing).toEqual({ counts: { iraqi_gov_military: 1, un: 1 }, total: 2 });
  });

  it("balances resurgence against defeat language", () => {
    // regroup, sleeper cells remain active vs remnants, defeated, collapsed
    expect(framing.threat).toEqual({ resurgence: 2, defeat: 3, index: -0.2 });
  });

  it("counts loaded terms", () => {
    expect(framing.loadedTerms.counts).toMatchObject({ terrorist: 1, caliphate: 1, martyr: 0 });
  });

  it("backs every number with a signal whose offsets index the body", () => {
    for (const s of framing.signals) {
      expect(article.slice(s.match.start, s.match.end)).toBe(s.match.text);
      expect(article.slice(s.sentence.start, s.sentence.end)).toBe(s.sentence.text);
      expect(s.match.start).toBeGreaterThanOrEqual(s.sentence.start);
      expect(s.match.end).toBeLessThanOrEqual(s.sentence.end);
    }
    const dims = new Set(framing.signals.map((s) => s.dimension));
    expect([...dims].sort()).toEqual(["actor_label", "loaded_term", "naming", "policy_frame", "sourcing", "threat"]);
  });

  it("returns zeros, not NaN, for an empty article", () => {
    const empty = extractFraming("", [], []);
    expect(empty.wordCount).toBe(0);
    expect(Object.values(empty.naming.shares).every((v) => v === 0)).toBe(true);
    expect(Object.values(empty.policyFrames.shares).every((v) => v === 0)).toBe(true);
    expect(empty.threat.index).toBe(0);
  });
});

describe("scoreThreat", () => {
  it("treats a negated threat as defeat language, not resurgence", () => {
    const text = "The group is no longer a serious threat.";
    expect(scoreThreat(text, splitSentences(text)).threat).toEqual({ resurgence: 0, defeat: 1, index: -1 });
  });
  it("scores pure resurgence language +1", () => {
    const text = "Commanders warn the group could come back and is not giving up.";
    expect(scoreThreat(text, splitSentences(text)).threat.index).toBe(1);
  });
});

describe("codePolicyFrames", () => {
  it("gives a sentence several frames, one signal per frame", () => {
    const text = "The government must pay salaries to tribal fighters guarding the border.";
    const frames = codePolicyFrames(text, splitSentences(text)).map((s) => s.category);
    expect(frames).toEqual(expect.arrayContaining(["Political", "Economic", "Cultural identity", "Security and defense"]));
    expect(new Set(frames).size).toBe(frames.length);
  });
  it("gives no frame (not Other) to a sentence that matches no table", () => {
    const text = "It was a quiet Tuesday.";
    expect(codePolicyFrames(text, splitSentences(text))).toEqual([]);
  });
  it("codes Other only from the Other table", () => {
    const text = "A sandstorm closed the airport.";
    expect(codePolicyFrames(text, splitSentences(text)).map((s) => s.category)).toEqual(["Other"]);
  });
});
