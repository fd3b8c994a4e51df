-- The first page of a common search without a FULLTEXT search (docs/performance.md).
--
-- A search whose count passes 1,000 projects (q=van+don: 11,799 of 100,000) is read best
-- first from what the FULLTEXT index finds: every project found is read and sorted before
-- the first 51 show (110-150 ms). Its first page is instead read in the sort's index,
-- testing each project until 51 match: a tenth of the projects match, so some 500 are
-- read. The test is on these keys: the text's words as the collation weighs them
-- (WEIGHT_STRING under utf8mb4_uca1400_ai_ci, the FULLTEXT index's own collation: "Vân"
-- weighs as "van", "Straße" as "strasse"), each word between the weights of '/', so that a
-- word is found whole by a binary INSTR of '/word/'s weights (SEARCH_WORDS, sql/projects.def)
-- exactly where the FULLTEXT index finds it (words: runs of letters and digits; counts
-- compared on the bench data: van+don 11,799, nhat 9,253, auenwald 3, by name 6,280).
ALTER TABLE project_search
  ADD COLUMN names_key BLOB AS
    (WEIGHT_STRING(CONCAT('/', REGEXP_REPLACE(name_words, '[^\\p{L}\\p{N}]+', '/'), '/'))) STORED,
  ADD COLUMN words_key BLOB AS
    (WEIGHT_STRING(CONCAT('/', REGEXP_REPLACE(words, '[^\\p{L}\\p{N}]+', '/'), '/'))) STORED;

CREATE OR REPLACE VIEW pub_project_search AS
  SELECT project_id, name_words, words, names_key, words_key FROM project_search;
