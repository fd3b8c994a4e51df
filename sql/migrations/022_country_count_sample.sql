-- The count of a country's projects reads no project row again (006_country_count.sql): its
-- index lost that when the count came to read is_sample too (whether a sample project is
-- among those counted), and each of the country's projects was fetched (100,000 projects,
-- Japan's 4,690: 10 ms; docs/performance.md). The same index with is_sample in it.
ALTER TABLE projects DROP KEY projects_investor_totals,
  ADD KEY projects_investor_totals (investor_id, status, zone_id, registered_usd, land_ha, is_sample);
