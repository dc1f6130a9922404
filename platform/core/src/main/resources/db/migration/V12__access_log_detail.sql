-- What an export contained (issue 9): one access-log row per export lists what left the service
-- (format, filters, the records' ids), so a school can tell who took which children's data out.
-- Reads and writes of single records keep it empty; the content of records is never logged.
ALTER TABLE access_log ADD COLUMN detail text;
