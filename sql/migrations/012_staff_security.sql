-- Staff security (issue 10): a stored PDF belongs to the change request that uploaded it,
-- and one legal document at most refers to a file; the provincial board, which owns the
-- province-wide targets and the governance-index values; an index for the sign-in throttle
-- per (address, account).
ALTER TABLE document_files
  ADD COLUMN request_id INT UNSIGNED NULL AFTER id,
  DROP INDEX sha256,
  ADD UNIQUE KEY files_request_sha (request_id, sha256),
  ADD CONSTRAINT files_request FOREIGN KEY (request_id) REFERENCES change_requests (id);

ALTER TABLE legal_documents ADD UNIQUE KEY docs_file_once (file_id);

-- The board in charge of the whole province (its province-wide targets and its place in the
-- governance indices). A deployment marks its own: UPDATE boards SET is_provincial = TRUE ...
ALTER TABLE boards ADD COLUMN is_provincial BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE login_attempts ADD KEY attempts_addr_user (client_addr, username, attempted_at);
