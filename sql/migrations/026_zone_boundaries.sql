-- The map of the zones (/map, README "Public pages"): each zone's boundary, and the
-- province's bounding box that frames the map and that a boundary must lie within.
--
-- zones.boundary_geojson: a GeoJSON geometry (RFC 7946), a Polygon or MultiPolygon of
-- [longitude, latitude] positions in WGS 84, as the staff program checked and wrote it
-- (lib/geo.c: compact, only "type" and "coordinates"); NULL when none is recorded.
-- boundary_is_sample: the boundary is illustrative (the demo data's); a boundary that staff
-- publish is not (the trigger below clears the flag whenever an update changes the boundary
-- without setting the flag itself, as the staff program's does).
ALTER TABLE zones
  ADD COLUMN boundary_geojson MEDIUMTEXT CHARACTER SET ascii COLLATE ascii_bin NULL,
  ADD COLUMN boundary_is_sample BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TRIGGER zones_boundary_sample BEFORE UPDATE ON zones FOR EACH ROW
  IF NOT (OLD.boundary_geojson <=> NEW.boundary_geojson)
     AND OLD.boundary_is_sample <=> NEW.boundary_is_sample THEN
    SET NEW.boundary_is_sample = FALSE;
  END IF;

-- The province's bounding box in decimal degrees (WGS 84). NULL: none recorded; the map
-- is then framed by the zones' own coordinates and boundaries, and a boundary is checked
-- only against the ranges of longitude and latitude.
ALTER TABLE provinces
  ADD COLUMN bbox_west  DECIMAL(9,6) NULL,
  ADD COLUMN bbox_south DECIMAL(9,6) NULL,
  ADD COLUMN bbox_east  DECIMAL(9,6) NULL,
  ADD COLUMN bbox_north DECIMAL(9,6) NULL,
  ADD CONSTRAINT provinces_bbox CHECK (
    (bbox_west IS NULL AND bbox_south IS NULL AND bbox_east IS NULL AND bbox_north IS NULL)
    OR (bbox_west >= -180 AND bbox_east <= 180 AND bbox_west < bbox_east
        AND bbox_south >= -90 AND bbox_north <= 90 AND bbox_south < bbox_north));

CREATE OR REPLACE VIEW pub_zones AS
  SELECT id, board_id, parent_id, kind, slug, name, name_en, status, total_ha, leasable_ha,
         leased_ha, occupancy_as_of, developer, location, location_en, latitude, longitude,
         established_on, contact, contact_en, is_sample, version, updated_at,
         boundary_geojson, boundary_is_sample
  FROM zones;
CREATE OR REPLACE VIEW pub_site AS
  SELECT s.id, s.province_id, p.code AS province_code, p.name AS province_name,
         p.name_en AS province_name_en, s.title, s.title_en, s.publisher, s.publisher_en,
         s.contact_email, s.licence_name, s.licence_url, s.report_period_months, s.report_grace_days,
         p.bbox_west, p.bbox_south, p.bbox_east, p.bbox_north
  FROM site s JOIN provinces p ON p.id = s.province_id;
