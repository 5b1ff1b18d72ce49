-- The platform's data. Names are stored per language as JSON objects {ar, fr, en, zgh}.
-- Times are ISO-8601 UTC strings; dates are YYYY-MM-DD.

CREATE TABLE sectors (
  id TEXT PRIMARY KEY,
  names TEXT NOT NULL
) STRICT;

CREATE TABLE service_categories (
  id TEXT PRIMARY KEY,
  names TEXT NOT NULL
) STRICT;

CREATE TABLE regions (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  names TEXT NOT NULL
) STRICT;

CREATE TABLE provinces (
  id TEXT PRIMARY KEY,
  region_id TEXT NOT NULL REFERENCES regions (id),
  names TEXT NOT NULL
) STRICT;

CREATE TABLE agencies (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  acronym TEXT NOT NULL,
  names TEXT NOT NULL,
  -- lowercase text of all names and the acronym, for search
  search_text TEXT NOT NULL,
  type TEXT NOT NULL,
  sector_id TEXT NOT NULL REFERENCES sectors (id),
  joined_on TEXT NOT NULL,
  website TEXT NOT NULL,
  allowed_origins TEXT NOT NULL,
  secret_key_hash TEXT NOT NULL
) STRICT;
CREATE INDEX agencies_sector ON agencies (sector_id, position);

CREATE TABLE services (
  id TEXT PRIMARY KEY,
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  position INTEGER NOT NULL,
  service_category_id TEXT NOT NULL REFERENCES service_categories (id),
  names TEXT NOT NULL
) STRICT;
CREATE INDEX services_agency ON services (agency_id, position);

CREATE TABLE submissions (
  id INTEGER PRIMARY KEY,
  tracking_code TEXT NOT NULL UNIQUE,
  access_key_hash TEXT NOT NULL,
  kind TEXT NOT NULL,
  -- the agency that holds it now (after forwards) and the one it was lodged with
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  lodged_with TEXT NOT NULL REFERENCES agencies (id),
  service_id TEXT REFERENCES services (id),
  region_id TEXT REFERENCES regions (id),
  province_id TEXT REFERENCES provinces (id),
  commune TEXT,
  subject TEXT NOT NULL,
  description TEXT NOT NULL,
  occurred_on TEXT,
  full_name TEXT,
  national_id TEXT,
  email TEXT,
  phone TEXT,
  answer_language TEXT NOT NULL,
  channel TEXT NOT NULL,
  origin TEXT,
  status TEXT NOT NULL,
  received_at TEXT NOT NULL,
  -- calendar year of receipt, for the KPI and report indexes
  year INTEGER NOT NULL,
  due_date TEXT NOT NULL,
  -- the first answer's time (what the KPIs measure) and the latest answer (what the user reads)
  answered_at TEXT,
  answer TEXT,
  answer_at TEXT,
  -- set once answered: whether the first answer came by the due date
  answered_on_time INTEGER,
  rejection_reason TEXT,
  renewed_at TEXT,
  renewal_reason TEXT,
  rating_score INTEGER,
  rating_comment TEXT,
  rated_at TEXT,
  closed_at TEXT
) STRICT;
CREATE INDEX submissions_agency_year ON submissions (agency_id, year, status);
CREATE INDEX submissions_inbox ON submissions (agency_id, received_at DESC);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES submissions (id),
  at TEXT NOT NULL,
  status TEXT NOT NULL,
  actor TEXT NOT NULL,
  agency_id TEXT REFERENCES agencies (id),
  note TEXT
) STRICT;
CREATE INDEX events_submission ON events (submission_id, id);

-- A forward moves a submission to the competent agency; the sending agency counts it as forwarded out.
CREATE TABLE forwards (
  submission_id INTEGER NOT NULL REFERENCES submissions (id),
  from_agency_id TEXT NOT NULL REFERENCES agencies (id),
  to_agency_id TEXT NOT NULL REFERENCES agencies (id),
  year INTEGER NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX forwards_from ON forwards (from_agency_id, year);

CREATE TABLE measures (
  id INTEGER PRIMARY KEY,
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  service_id TEXT REFERENCES services (id),
  status TEXT NOT NULL,
  -- the day it was adopted, or the day it is planned for
  date TEXT NOT NULL,
  year INTEGER NOT NULL,
  recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX measures_agency_year ON measures (agency_id, year);

CREATE TABLE idempotency_keys (
  key TEXT PRIMARY KEY,
  request_hash TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  headers TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX idempotency_created ON idempotency_keys (created_at);

-- KPI counts per agency and year, recomputed from the agency's own rows when they change, so that a
-- read of all agencies' KPIs never scans the submissions table.
CREATE TABLE agency_kpis (
  agency_id TEXT NOT NULL,
  year INTEGER NOT NULL,
  computed_on TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (agency_id, year)
) STRICT;

-- Monotonic data versions per scope (`all`, `agency:<id>`), the source of KPI ETags.
CREATE TABLE versions (
  scope TEXT PRIMARY KEY,
  version INTEGER NOT NULL
) STRICT;

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
