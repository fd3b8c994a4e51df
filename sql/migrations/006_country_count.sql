-- Performance at 100,000 projects, continued (docs/performance.md): the registry's count
-- for a country filter (SQL_PROJECTS_COUNT_COUNTRY) goes from the country's investors
-- (investors_country, the foreign key's index) to their projects through this index, which
-- holds every column the count reads: no project row is fetched.
ALTER TABLE projects ADD KEY projects_investor_totals (investor_id, status, zone_id, registered_usd, land_ha);
