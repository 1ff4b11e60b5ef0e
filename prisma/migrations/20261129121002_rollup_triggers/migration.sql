-- Hand-written: Prisma's schema language cannot express functions or
-- triggers. These record, in "RollupDirty", the publication cells
-- (outlet x publication interval) whose facts changed, whoever changed them
-- (the import, a re-analysis, a bulk COPY, psql). `refreshRollups`
-- (packages/db/src/rollups) recomputes exactly those cells. Statement-level
-- triggers with transition tables cost one INSERT ... SELECT per statement,
-- not one per row, and only append, so concurrent writers never wait on
-- each other.

CREATE FUNCTION "rollup_mark_articles"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "RollupDirty" ("outletId", "earliest", "latest")
    SELECT DISTINCT "outletId", "publishedEarliest", "publishedLatest" FROM new_rows;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "RollupDirty" ("outletId", "earliest", "latest")
    SELECT DISTINCT "outletId", "publishedEarliest", "publishedLatest" FROM old_rows;
  END IF;
  RETURN NULL;
END
$$;

-- Facts name their article; the cell is the article's. When an article is
-- deleted its facts go by cascade and the article's own trigger records it.
CREATE FUNCTION "rollup_mark_facts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "RollupDirty" ("outletId", "earliest", "latest")
    SELECT DISTINCT a."outletId", a."publishedEarliest", a."publishedLatest"
      FROM "Article" a WHERE a."id" IN (SELECT "articleId" FROM new_rows);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "RollupDirty" ("outletId", "earliest", "latest")
    SELECT DISTINCT a."outletId", a."publishedEarliest", a."publishedLatest"
      FROM "Article" a WHERE a."id" IN (SELECT "articleId" FROM old_rows);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "rollup_mark_everything"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "RollupDirty" ("everything") VALUES (true);
  RETURN NULL;
END
$$;

-- PostgreSQL allows transition tables only on single-event triggers: one trigger per event.
CREATE TRIGGER "Article_rollup_insert" AFTER INSERT ON "Article"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_articles"();
CREATE TRIGGER "Article_rollup_update" AFTER UPDATE ON "Article"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_articles"();
CREATE TRIGGER "Article_rollup_delete" AFTER DELETE ON "Article"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_articles"();
CREATE TRIGGER "Article_rollup_truncate" AFTER TRUNCATE ON "Article"
  FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_everything"();

CREATE TRIGGER "FighterClaim_rollup_insert" AFTER INSERT ON "FighterClaim"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_facts"();
CREATE TRIGGER "FighterClaim_rollup_update" AFTER UPDATE ON "FighterClaim"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_facts"();
CREATE TRIGGER "FighterClaim_rollup_delete" AFTER DELETE ON "FighterClaim"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_facts"();
CREATE TRIGGER "FighterClaim_rollup_truncate" AFTER TRUNCATE ON "FighterClaim"
  FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_everything"();

CREATE TRIGGER "AttackMention_rollup_insert" AFTER INSERT ON "AttackMention"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_facts"();
CREATE TRIGGER "AttackMention_rollup_update" AFTER UPDATE ON "AttackMention"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_facts"();
CREATE TRIGGER "AttackMention_rollup_delete" AFTER DELETE ON "AttackMention"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_facts"();
CREATE TRIGGER "AttackMention_rollup_truncate" AFTER TRUNCATE ON "AttackMention"
  FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_everything"();

CREATE TRIGGER "FramingSignal_rollup_insert" AFTER INSERT ON "FramingSignal"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_facts"();
CREATE TRIGGER "FramingSignal_rollup_update" AFTER UPDATE ON "FramingSignal"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_facts"();
CREATE TRIGGER "FramingSignal_rollup_delete" AFTER DELETE ON "FramingSignal"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_facts"();
CREATE TRIGGER "FramingSignal_rollup_truncate" AFTER TRUNCATE ON "FramingSignal"
  FOR EACH STATEMENT EXECUTE FUNCTION "rollup_mark_everything"();

-- Databases that already hold articles get their first rollups on the next refresh.
INSERT INTO "RollupDirty" ("everything") VALUES (true);
