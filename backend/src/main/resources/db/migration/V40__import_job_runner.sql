-- Which instance of the application runs a background load: at its next start, that instance marks
-- the jobs it was running when it stopped abruptly as failed ("interrupted").
ALTER TABLE import_job ADD COLUMN runner varchar(255);
