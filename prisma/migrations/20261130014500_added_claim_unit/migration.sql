-- An analyst's added claim carries its unit ("people" | "percent") in its
-- decision's fields (`after`), set when it is added and correctable like the
-- others (corpus-model ADDED_CLAIM_FIELDS). Before, no decision stored it and
-- two readers each re-read it from the selected words (fact-mode.ts in SQL,
-- build-reviewed-gold.ts in JS), by rules that had drifted apart ("percentage"
-- was a share to one and not the other). Now every reader takes it from
-- `after`; this back-fills the decisions stored before, with the rule the
-- reader's form prefills from (corpus-model `unitOfQuantity`: a percent sign
-- or "per cent" / "percent" as a word of its own), so there is one source.
-- added-claim-unit-backfill.test.ts holds this SQL equal to that function.
--
-- Which decisions: those about an added claim (the add, and any accept,
-- correct or reject naming it by addedId) and the closes of such decisions
-- (a close copies what it closed into its `before`), in both `after` and
-- `before` where either holds fields without a unit: a correction of a
-- rejected added claim starts from the rejection's `before`, so that must
-- hold the unit too. The unit is read off the decision's own anchor, which
-- every decision on an added fact copies from the add. Data only: no schema
-- change, and ReviewDecision has no rollup trigger.

-- backfill:ReviewDecision
UPDATE "ReviewDecision" d SET
    "after" = CASE WHEN jsonb_typeof(d."after") = 'object' AND d."after" ->> 'unit' IS NULL
      THEN d."after" || jsonb_build_object('unit', CASE WHEN d."anchorText" ~* '%|\yper ?cent\y' THEN 'percent' ELSE 'people' END)
      ELSE d."after" END,
    "before" = CASE WHEN jsonb_typeof(d."before") = 'object' AND d."before" ->> 'unit' IS NULL
      THEN d."before" || jsonb_build_object('unit', CASE WHEN d."anchorText" ~* '%|\yper ?cent\y' THEN 'percent' ELSE 'people' END)
      ELSE d."before" END
  WHERE d."kind" = 'claim'
    AND (d."action" = 'add' OR d."addedId" IS NOT NULL
      OR (d."action" = 'close' AND EXISTS (
        SELECT FROM "ReviewDecision" c WHERE c."supersededById" = d."id" AND (c."action" = 'add' OR c."addedId" IS NOT NULL))))
    AND ((jsonb_typeof(d."after") = 'object' AND d."after" ->> 'unit' IS NULL) OR (jsonb_typeof(d."before") = 'object' AND d."before" ->> 'unit' IS NULL));
