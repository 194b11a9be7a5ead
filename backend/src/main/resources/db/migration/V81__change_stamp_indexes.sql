-- The change stamp of a year's realizations or targets (count, latest change, sum of versions) tags the
-- achievement matrix and the downloads. With the change columns in the year index it is read from the
-- index alone, without visiting the rows: answering 304 stays cheap. The realization index replaces
-- the one of the same key; the target index is new (the year's targets were read by a full scan).
CREATE INDEX realization_year_stamp_idx ON realization (year, indicator_code) INCLUDE (updated_at, version);
DROP INDEX realization_year_idx;
CREATE INDEX target_year_stamp_idx ON target (year, indicator_code) INCLUDE (updated_at, version);
