-- Backup and restore (`minhbachctl restore`, tools/backup.c). A restore puts the data
-- generation back to the backup's, so that every public page comes out as it was, with the
-- same ETags (the API's and the downloads' weak ETags name the generation). The generations
-- issued between the backup and the restore must then never be issued again for other data:
-- a worker's page cache and its site facts are valid for one generation, and would take the
-- pages they kept under it for the new data. `issued` is the highest generation ever issued;
-- every increment (a publication: generation = generation + 1) goes past it, and it never
-- goes down.
ALTER TABLE data_generation ADD COLUMN issued BIGINT UNSIGNED NOT NULL DEFAULT 0;
UPDATE data_generation SET issued = generation;

CREATE TRIGGER data_generation_issue BEFORE UPDATE ON data_generation FOR EACH ROW
  IF NEW.generation <> OLD.generation THEN
    SET NEW.generation = GREATEST(NEW.generation, OLD.issued + 1, OLD.generation + 1);
    SET NEW.issued = NEW.generation;
  ELSE
    SET NEW.issued = GREATEST(NEW.issued, OLD.issued);
  END IF;
