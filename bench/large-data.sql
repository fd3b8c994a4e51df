-- bench/large-data.sql: the bench's large data set, loaded over the demo data by
-- `./portal bench large` (as the database root, into the bench instance only).
--
-- Adds investors and projects until there are 100,000 projects spread over every zone,
-- with their status history (about 500,000 project_status_events rows), a legal document
-- each (the basis of the events that need one), and published changes (about 250,000
-- change_log rows and as many change_log_fields rows): about 1,000,000 history and change
-- rows in all. Deterministic: every value derives from the row number through CRC32, so
-- two loads give the same database. Uses MariaDB's SEQUENCE engine (seq_1_to_N tables).
-- Everything is sample data (is_sample = 1); names are made of Vietnamese words, with
-- their diacritics, so that the search has real work to do.

SET SESSION foreign_key_checks = 0, unique_checks = 0;
SET @projects = 100000;
SET @first = (SELECT COALESCE(MAX(id), 0) + 1 FROM projects);
SET @first_investor = (SELECT COALESCE(MAX(id), 0) + 1 FROM investors);
SET @investors = 5000;

CREATE TEMPORARY TABLE t_zone AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM zones;
CREATE TEMPORARY TABLE t_sector AS SELECT code, ROW_NUMBER() OVER (ORDER BY code) - 1 AS n FROM sectors;
CREATE TEMPORARY TABLE t_country AS SELECT code, ROW_NUMBER() OVER (ORDER BY code) - 1 AS n FROM countries;
SET @zones = (SELECT COUNT(*) FROM t_zone), @sectors = (SELECT COUNT(*) FROM t_sector),
    @countries = (SELECT COUNT(*) FROM t_country);

-- Investors
INSERT INTO investors (id, name, country, is_sample)
SELECT @first_investor + s.seq - 1,
  CONCAT(ELT(1 + CRC32(CONCAT('kind', s.seq)) % 6, 'Công ty TNHH', 'Công ty Cổ phần', 'Tập đoàn',
    'Tổng công ty', 'Công ty TNHH MTV', 'Liên doanh'), ' ',
    ELT(1 + CRC32(CONCAT('w1', s.seq)) % 20, 'Hưng Thịnh', 'Đại Việt', 'Phú Quý', 'Sông Hồng',
    'Bạch Đằng', 'Hạ Long', 'Trường Sơn', 'Thái Bình', 'Nhật Tân', 'Hòa Phát', 'Minh Long',
    'Đông Á', 'Kim Sơn', 'Thành Công', 'An Phú', 'Việt Úc', 'Sao Mai', 'Tân Cảng', 'Hải Âu',
    'Lạc Hồng'), ' ',
    ELT(1 + CRC32(CONCAT('w2', s.seq)) % 8, 'Holdings', 'Group', 'Việt Nam', 'Industrial',
    'Quảng Ninh', 'Logistics', 'Energy', 'Technology'), ' ', s.seq),
  c.code, 1
FROM seq_1_to_5000 s
JOIN t_country c ON c.n = CRC32(CONCAT('country', s.seq)) % @countries;

-- Projects: g holds one row per new project with its pseudo-random draw r
CREATE TEMPORARY TABLE g (
  id INT UNSIGNED PRIMARY KEY, r INT UNSIGNED NOT NULL, status VARCHAR(20) NOT NULL,
  approved DATE NOT NULL, events TINYINT UNSIGNED NOT NULL, changes TINYINT UNSIGNED NOT NULL
) ENGINE=MEMORY MAX_ROWS=200000;
INSERT INTO g
SELECT s.seq, CRC32(CONCAT('p', s.seq)),
  ELT(1 + FLOOR((CRC32(CONCAT('st', s.seq)) % 100) / 5), 'operating', 'operating', 'operating',
    'operating', 'operating', 'operating', 'operating', 'operating', 'operating', 'construction',
    'construction', 'construction', 'approved', 'approved', 'delayed', 'delayed', 'delayed',
    'suspended', 'revoked', 'expired'),
  DATE '2005-01-01' + INTERVAL (CRC32(CONCAT('d', s.seq)) % 7300) DAY,
  3 + CRC32(CONCAT('e', s.seq)) % 5,
  1 + CRC32(CONCAT('c', s.seq)) % 4
FROM seq_1_to_200000 s WHERE s.seq BETWEEN @first AND @projects;

INSERT INTO projects (id, zone_id, investor_id, sector, name, name_en, status, status_since,
  authority, currency, registered_capital, disbursed_capital, registered_usd, disbursed_usd,
  land_ha, approved_on, planned_start, actual_start, planned_operation, actual_operation,
  permit_expires_on, is_secondary, is_sample, version, updated_at)
SELECT g.id, z.id, @first_investor + g.r % @investors, sc.code,
  CONCAT(ELT(1 + g.r % 12, 'Nhà máy', 'Dự án', 'Xưởng', 'Trung tâm', 'Khu', 'Tổ hợp',
    'Nhà máy sản xuất', 'Kho', 'Cảng', 'Nhà xưởng', 'Dây chuyền', 'Cơ sở'), ' ',
    ELT(1 + FLOOR(g.r / 12) % 24, 'linh kiện điện tử', 'may mặc', 'sợi', 'thép', 'xi măng',
    'chế biến thủy sản', 'đồ gỗ', 'bao bì', 'logistics', 'năng lượng mặt trời', 'điện gió',
    'phụ tùng ô tô', 'dược phẩm', 'thực phẩm', 'nhựa', 'giày da', 'kính', 'pin', 'cơ khí',
    'vật liệu xây dựng', 'du lịch nghỉ dưỡng', 'kho lạnh', 'hóa chất', 'gạch men'), ' ',
    ELT(1 + FLOOR(g.r / 288) % 16, 'Vân Đồn', 'Hạ Long', 'Móng Cái', 'Quảng Yên', 'Đông Mai',
    'Hải Hà', 'Cẩm Phả', 'Uông Bí', 'Đầm Nhà Mạc', 'Tiên Phong', 'Việt Hưng', 'Cái Lân',
    'Hoành Bồ', 'Đông Triều', 'Bình Liêu', 'Cô Tô'), ' ', g.id),
  CONCAT(ELT(1 + g.r % 12, 'Factory', 'Project', 'Workshop', 'Centre', 'Complex', 'Complex',
    'Plant', 'Warehouse', 'Port', 'Works', 'Line', 'Facility'), ' ', g.id),
  g.status,
  CASE g.status WHEN 'approved' THEN g.approved
    ELSE g.approved + INTERVAL (g.events - 1) * 120 + g.r % 60 DAY END,
  IF(g.r % 10 = 0, 'central', 'province'),
  IF(g.r % 3 = 0, 'VND', 'USD'),
  IF(g.r % 3 = 0, 24000, 1) * (1 + g.r % 5000) * 100000,
  IF(g.status IN ('operating', 'construction'), IF(g.r % 3 = 0, 24000, 1) * (1 + g.r % 5000) * 40000, 0),
  (1 + g.r % 5000) * 100000,
  IF(g.status IN ('operating', 'construction'), (1 + g.r % 5000) * 40000, 0),
  ROUND(0.5 + (g.r % 400) / 8, 2),
  g.approved,
  g.approved + INTERVAL 180 DAY,
  IF(g.status IN ('construction', 'operating', 'suspended'), g.approved + INTERVAL 200 + g.r % 200 DAY, NULL),
  g.approved + INTERVAL 900 DAY,
  IF(g.status = 'operating', g.approved + INTERVAL 900 + g.r % 300 DAY, NULL),
  IF(g.status = 'expired', g.approved + INTERVAL 1800 DAY, NULL),
  1, 1, 1, '2026-10-31 00:00:00'
FROM g
JOIN t_zone z ON z.n = CRC32(CONCAT('z', g.id)) % @zones
JOIN t_sector sc ON sc.n = CRC32(CONCAT('s', g.id)) % @sectors;

-- One legal document each: the basis that delay, suspension, revocation and expiry need
INSERT INTO legal_documents (id, project_id, doc_type, number, issued_on, issuer, title, is_sample)
SELECT 1000000 + g.id, g.id, 'investment_certificate', CONCAT(g.id, '/GCNĐT'), g.approved,
  'Ban Quản lý Khu kinh tế tỉnh', CONCAT('Giấy chứng nhận đăng ký đầu tư dự án ', g.id), 1
FROM g;

-- Status history: events 1..g.events, the last one the current status
INSERT INTO project_status_events (project_id, status, effective_on, reason, remedy, revocation,
  document_id)
SELECT g.id,
  CASE WHEN k.seq = 1 AND g.events > 1 THEN 'approved'
    WHEN k.seq = g.events THEN g.status
    ELSE ELT(1 + (g.r + k.seq) % 3, 'construction', 'delayed', 'operating') END,
  CASE WHEN k.seq = g.events AND g.status = 'approved' THEN g.approved
    WHEN k.seq = g.events THEN g.approved + INTERVAL (g.events - 1) * 120 + g.r % 60 DAY
    ELSE g.approved + INTERVAL (k.seq - 1) * 120 DAY END,
  CONCAT('Theo báo cáo kiểm tra tiến độ lần ', k.seq, ' của Ban Quản lý'),
  IF(k.seq = g.events AND g.status = 'delayed', 'Nhà đầu tư cam kết hoàn thành trong 12 tháng', NULL),
  IF(k.seq = g.events AND g.status = 'revoked', 'whole', NULL),
  1000000 + g.id
FROM g JOIN seq_1_to_7 k ON k.seq <= g.events;

-- Published changes and their fields
INSERT INTO change_log (id, entity, entity_id, published_at, summary, note)
SELECT g.id * 10 + k.seq, 'project', g.id,
  LEAST(TIMESTAMP '2026-10-31 00:00:00',
    TIMESTAMP(g.approved + INTERVAL k.seq * 150 DAY, SEC_TO_TIME(g.r % 36000 + 28800))),
  ELT(1 + (g.r + k.seq) % 4, 'Cập nhật tiến độ dự án', 'Điều chỉnh vốn đăng ký',
    'Cập nhật trạng thái dự án', 'Điều chỉnh diện tích đất'),
  CONCAT('Căn cứ văn bản số ', g.id, '/BQL ngày ', DATE_FORMAT(g.approved + INTERVAL k.seq * 150 DAY, '%d/%m/%Y'))
FROM g JOIN seq_1_to_4 k ON k.seq <= g.changes
-- latest first: the trigger that keeps a project's last publication date (030_project_marks.sql)
-- then writes each project's row once, not once for each of its changes
ORDER BY g.id, k.seq DESC;

-- each change's field and its values as the staff pages write them: a status code, a date, a
-- decimal (a value the catalog does not know would be shown as its key, and logged)
INSERT INTO change_log_fields (change_id, field, old_value, new_value)
SELECT g.id * 10 + k.seq, ELT(1 + (g.r + k.seq) % 4, 'status_since', 'registered_capital', 'status', 'land_ha'),
  ELT(1 + (g.r + k.seq) % 4,
    DATE_FORMAT(g.approved + INTERVAL (k.seq - 1) * 150 DAY, '%Y-%m-%d'),
    CONCAT((1 + g.r % 5000) * 90000, '.00'),
    ELT(1 + (g.r + k.seq) % 3, 'approved', 'construction', 'delayed'),
    CAST(ROUND(0.5 + (g.r % 400) / 8 + k.seq, 2) AS CHAR)),
  ELT(1 + (g.r + k.seq) % 4,
    DATE_FORMAT(g.approved + INTERVAL k.seq * 150 DAY, '%Y-%m-%d'),
    CONCAT((1 + g.r % 5000) * 100000, '.00'),
    ELT(1 + (g.r + k.seq) % 3, 'construction', 'operating', 'construction'),
    CAST(ROUND(0.5 + (g.r % 400) / 8, 2) AS CHAR))
FROM g JOIN seq_1_to_4 k ON k.seq <= g.changes;

-- More changes than projects: a second field for half of them
INSERT INTO change_log_fields (change_id, field, old_value, new_value)
SELECT g.id * 10 + k.seq, 'actual_start', NULL,
  DATE_FORMAT(g.approved + INTERVAL 180 + k.seq DAY, '%Y-%m-%d')
FROM g JOIN seq_1_to_4 k ON k.seq <= g.changes WHERE (g.r + k.seq) % 2 = 0;

DROP TEMPORARY TABLE g, t_zone, t_sector, t_country;
UPDATE data_generation SET generation = generation + 1, changed_at = CURRENT_TIMESTAMP(3) WHERE id = 1;
ANALYZE TABLE projects, investors, project_status_events, change_log, change_log_fields, legal_documents;
-- Each document above rewrote its project's search row (013_search.sql's triggers): InnoDB's
-- FULLTEXT index keeps every replaced row's id as deleted, and each search filters them out
-- (100,289 of them: a rare word took 40 ms instead of 0.4 ms). Rebuilt, it holds none.
OPTIMIZE TABLE project_search;
