-- Demo data 21: the provincial economic zones board owns the province-wide targets and the
-- governance-index values (boards.is_provincial, migration 012).
UPDATE boards SET is_provincial = TRUE WHERE slug = 'bql-kkt-quang-ninh';
