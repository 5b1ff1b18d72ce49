-- Duplicate detection looks up one person's earlier submissions with one agency, by national ID,
-- email or phone as normalized (src/domain/duplicates.ts), leaving duplicates out. Through
-- (lodged_with, received_at) alone that read walked every submission of the agency's last 30 days:
-- a flood to one agency made each create slower than the last. Each index below leads straight to
-- the few rows of one person that are no duplicate.
CREATE INDEX submissions_duplicates_by_national_id ON submissions (lodged_with, upper(national_id), duplicate_of, received_at);
CREATE INDEX submissions_duplicates_by_email ON submissions (lodged_with, lower(email), duplicate_of, received_at);
CREATE INDEX submissions_duplicates_by_phone ON submissions (lodged_with, replace(phone, '+212', '0'), duplicate_of, received_at);
DROP INDEX submissions_lodged;
