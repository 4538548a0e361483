-- Templates edited on the Ops page: every saved text with who and when. The newest row of a name
-- is the template in use (over the file); reverting saves an older text again as a new row.
CREATE TABLE template_versions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    body TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    note TEXT
);
CREATE INDEX template_versions_name ON template_versions (name, id);
