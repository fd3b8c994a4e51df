-- Demo data 25: what the map of the zones (/map) needs.
-- The province's bounding box is an approximate frame of Quảng Ninh's mainland and islands
-- (106.40–108.10 E, 20.65–21.70 N), drawn by hand around the province on a general map: it
-- frames the map and bounds the boundaries staff may enter. The zones' boundaries below are
-- illustrative shapes drawn around each zone's (sample) coordinates, of about its total
-- area; they are sample data (boundary_is_sample = 1) and marked so wherever shown.
UPDATE provinces SET bbox_west = 106.400000, bbox_south = 20.650000, bbox_east = 108.100000,
  bbox_north = 21.700000
WHERE code = 'quang-ninh';

-- Written in the form the staff program stores a boundary in (compact, "type" first).
UPDATE zones SET boundary_is_sample = TRUE, boundary_geojson = CASE slug
  WHEN 'cai-lan' THEN
    '{"type":"Polygon","coordinates":[[[107.02616,20.9684],[107.04296,20.96675],[107.04472,20.97748],[107.0403,20.98325],[107.02793,20.98243],[107.02528,20.97583],[107.02616,20.9684]]]}'
  WHEN 'song-khoai' THEN
    '{"type":"Polygon","coordinates":[[[106.78386,20.99747],[106.80269,20.99245],[106.81614,20.99621],[106.81345,21.01504],[106.79597,21.01755],[106.78655,21.01128],[106.78386,20.99747]]]}'
  WHEN 'bac-tien-phong' THEN
    '{"type":"Polygon","coordinates":[[[106.82753,20.87194],[106.86072,20.86868],[106.86421,20.8899],[106.85548,20.90132],[106.83103,20.89969],[106.82579,20.88663],[106.82753,20.87194]]]}'
  WHEN 'van-don' THEN
    '{"type":"MultiPolygon","coordinates":[[[[107.3,21.03],[107.36,20.99],[107.46,21.0],[107.53,21.05],[107.52,21.13],[107.44,21.16],[107.34,21.13],[107.3,21.03]]],[[[107.48,20.87],[107.57,20.85],[107.63,20.89],[107.6,20.94],[107.51,20.93],[107.48,20.87]]]]}'
  END
WHERE slug IN ('cai-lan', 'song-khoai', 'bac-tien-phong', 'van-don');
