-- Annual reports once approved. The report is kept whole, as the JSON that approval answered, and
-- read back as stored: data arriving later (a late answer, a rating, an edited measure, a renamed
-- agency) never changes a published number.

CREATE TABLE published_reports (
  scope TEXT NOT NULL CHECK (scope IN ('agency', 'sector', 'national')),
  -- the agency's or the sector's id; '' for the national report, so that the key has no NULL
  subject_id TEXT NOT NULL CHECK ((scope = 'national') = (subject_id = '')),
  year INTEGER NOT NULL,
  published_at TEXT NOT NULL,
  report TEXT NOT NULL,
  PRIMARY KEY (scope, subject_id, year)
) STRICT;
