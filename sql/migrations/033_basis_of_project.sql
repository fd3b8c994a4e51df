-- The legal basis of a project's status change or review finding is a document of that
-- project: the staff program and the importer always file it under the project
-- (cgi-bin/staff/apply.c, insert_basis), and the project page lists the project's documents
-- beside its timeline. Kept by the schema now, so that the page reads the documents once and
-- finds each basis among them instead of joining legal_documents again for the timeline and
-- the findings (docs/performance.md, round 7).

-- rows that would break it are named rather than left to a foreign key's bare error
BEGIN NOT ATOMIC
  DECLARE n INT;
  SELECT (SELECT COUNT(*) FROM project_status_events e JOIN legal_documents d ON d.id = e.document_id
          WHERE NOT d.project_id <=> e.project_id)
       + (SELECT COUNT(*) FROM review_findings f JOIN legal_documents d ON d.id = f.document_id
          WHERE NOT d.project_id <=> f.project_id) INTO n;
  IF n > 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT =
      'a status change or finding cites a document of another project (or of none): file the document under the project first (SELECT e.id FROM project_status_events e JOIN legal_documents d ON d.id = e.document_id WHERE NOT d.project_id <=> e.project_id; the same for review_findings)';
  END IF;
END;

ALTER TABLE legal_documents ADD UNIQUE KEY docs_id_project (id, project_id);
ALTER TABLE project_status_events
  ADD CONSTRAINT events_document_project FOREIGN KEY (document_id, project_id)
    REFERENCES legal_documents (id, project_id);
ALTER TABLE review_findings
  ADD CONSTRAINT findings_document_project FOREIGN KEY (document_id, project_id)
    REFERENCES legal_documents (id, project_id);
