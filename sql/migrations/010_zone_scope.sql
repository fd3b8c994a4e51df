-- One definition of "a zone's projects", used by every page, download, feed and the API:
-- an economic zone (KKT) includes the industrial parks (KCN) inside it, as the registry's
-- zone filter always did. pub_zone_scope pairs each zone (zone_id, slug) with every zone
-- whose projects are its own (member_id): itself (own = 1) and its child parks (own = 0).
-- Statements ask "p.zone_id IN (SELECT member_id FROM pub_zone_scope WHERE slug = ?)"
-- (ZONE_SCOPE in cgi-bin/public/sql/site.def) or join it to the per-zone totals; none
-- repeats the parent rule. A plain join of the zones table: the view merges into each
-- statement, and the zones are few.
CREATE VIEW pub_zone_scope AS
  SELECT z.id AS zone_id, z.slug, m.id AS member_id, m.id = z.id AS own
  FROM zones z JOIN zones m ON m.id = z.id OR m.parent_id = z.id;
