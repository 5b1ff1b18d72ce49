-- What keeps an agency's public figures from being moved by a script: a submission that repeats an
-- earlier one of the same person (duplicate_of), one an officer marked abusive (abuse_*), and the
-- proofs of work already spent. Neither a duplicate nor an abusive submission is counted in the KPIs
-- and reports; each agency's count of them is published instead.

ALTER TABLE submissions ADD COLUMN duplicate_of INTEGER REFERENCES submissions (id);
ALTER TABLE submissions ADD COLUMN abuse_reason TEXT;
ALTER TABLE submissions ADD COLUMN abuse_note TEXT;
ALTER TABLE submissions ADD COLUMN abuse_at TEXT;
-- the agency whose back-office key set the mark (there are no staff accounts yet)
ALTER TABLE submissions ADD COLUMN abuse_by TEXT REFERENCES agencies (id);

-- The earlier submissions of one person with one agency, for duplicate detection.
CREATE INDEX submissions_lodged ON submissions (lodged_with, received_at);

-- An abuse event of the agency's timeline: 'marked' or 'unmarked', with the reason of a mark.
ALTER TABLE events ADD COLUMN abuse_action TEXT CHECK (abuse_action IN ('marked', 'unmarked'));
ALTER TABLE events ADD COLUMN abuse_reason TEXT;

-- A proof of work is spent by the submission it lodged; kept until its challenge expires.
CREATE TABLE spent_challenges (
  nonce TEXT PRIMARY KEY,
  expires INTEGER NOT NULL
) STRICT;
CREATE INDEX spent_challenges_expires ON spent_challenges (expires);

-- Counts cached before the new figures existed lack them: computed again on the next read.
DELETE FROM agency_kpis;
