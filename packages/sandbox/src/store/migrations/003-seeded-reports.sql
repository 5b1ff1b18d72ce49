-- Reports no longer publish what users wrote (their most frequent subjects), nor any count from 1
-- to 4. The seed's own reports are seed data, not approvals: they are told apart from now on, and
-- those an older seed wrote, in the old model, are taken out (those years then read as provisional,
-- computed under the new rules; a database seeded afresh has them published again). A report the
-- ministry approved stays exactly as approved, for good.

ALTER TABLE published_reports ADD COLUMN seeded INTEGER NOT NULL DEFAULT 0 CHECK (seeded IN (0, 1));

-- Before this column, the seed's reports are known by their approval: at 10:00 UTC on 31 March of
-- the year after, to the millisecond (seed/published-reports.ts).
DELETE FROM published_reports WHERE published_at = printf('%d-03-31T10:00:00.000Z', year + 1);
