-- When the applied court file was last modified (milliseconds since the epoch, as the file system says):
-- nodes whose folders differ apply a file only when it is newer than the one applied, so they never flip a court.
ALTER TABLE court ADD COLUMN config_modified_millis BIGINT;
