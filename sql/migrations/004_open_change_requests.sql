-- At most one open change request (draft, submitted or sent back) per record and kind of
-- change, enforced by the database so that two editors saving at once cannot both win.
ALTER TABLE change_requests
  ADD COLUMN open_record VARCHAR(80)
    AS (IF(state IN ('draft', 'submitted', 'returned') AND entity_id IS NOT NULL,
           CONCAT(entity, ':', entity_id), NULL)) PERSISTENT,
  ADD UNIQUE KEY requests_one_open (open_record);
