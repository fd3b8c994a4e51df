-- Demo data 50: targets.
-- The four Q4-2020 targets come from the source article (working session of 26/10/2020,
-- reported by odt.vn) and are NOT sample data. The later targets are illustrative
-- (is_sample = 1). Actuals are computed by the portal from the project records.

INSERT INTO targets (id, province_id, zone_id, period_label, period_start, period_end, metric, target_value, unit, source, is_sample)
SELECT t.pos, p.id, NULL, 'Q4-2020', '2020-10-01', '2020-12-31', t.metric, t.target_value, t.unit,
       CONCAT('Buổi làm việc ngày 26/10/2020 của Bí thư Tỉnh ủy với Ban Xúc tiến và Hỗ trợ đầu tư, Ban Quản lý KKT và Ban Quản lý KKT Vân Đồn (odt.vn tổng hợp): "', t.quote, '"'),
       0
FROM provinces p
JOIN (SELECT 1 AS pos, 'licensed_capital' AS metric, 2000000000.00 AS target_value, 'USD' AS unit,
             'Phấn đấu hết quý IV năm 2020, hoàn thiện thủ tục trình cấp có thẩm quyền quyết định chủ trương đầu tư và cấp phép đầu tư các dự án đầu tư vốn ngoài ngân sách trong các KKT, KCN trên địa bàn tỉnh đạt con số ít nhất 2 tỷ USD.' AS quote
      UNION ALL SELECT 2, 'disbursed_capital', 1000000000.00, 'USD',
             'Giải ngân các dự án ngoài ngân sách trong các KKT, KCN trên địa bàn tỉnh đạt ít nhất 1 tỷ USD.'
      UNION ALL SELECT 3, 'projects_started', 4, 'count',
             'Khởi công ít nhất 4 dự án mới trong các KCN, KKT trên địa bàn tỉnh với vốn đầu tư ít nhất 500 triệu USD.'
      UNION ALL SELECT 4, 'started_capital', 500000000.00, 'USD',
             'Khởi công ít nhất 4 dự án mới trong các KCN, KKT trên địa bàn tỉnh với vốn đầu tư ít nhất 500 triệu USD.') t
WHERE p.code = 'quang-ninh'
ORDER BY t.pos;

-- Illustrative yearly targets, province-wide, and two zone targets.
INSERT INTO targets (id, province_id, zone_id, period_label, period_start, period_end, metric, target_value, unit, source, is_sample)
SELECT 4 + t.pos, p.id, t.zone_id, t.label, t.ps, t.pe, t.metric, t.v, IF(t.metric = 'projects_started', 'count', 'USD'),
       'Mục tiêu minh họa (dữ liệu mẫu)', 1
FROM provinces p
JOIN (SELECT 1 AS pos, NULL AS zone_id, '2024' AS label, DATE '2024-01-01' AS ps, DATE '2024-12-31' AS pe,
             'licensed_capital' AS metric, 2500000000.00 AS v
      UNION ALL SELECT 2,  NULL, '2024', '2024-01-01', '2024-12-31', 'disbursed_capital', 1200000000.00
      UNION ALL SELECT 3,  NULL, '2024', '2024-01-01', '2024-12-31', 'projects_started',  8
      UNION ALL SELECT 4,  NULL, '2024', '2024-01-01', '2024-12-31', 'started_capital',    800000000.00
      UNION ALL SELECT 5,  NULL, '2025', '2025-01-01', '2025-12-31', 'licensed_capital',  3000000000.00
      UNION ALL SELECT 6,  NULL, '2025', '2025-01-01', '2025-12-31', 'disbursed_capital', 1500000000.00
      UNION ALL SELECT 7,  NULL, '2025', '2025-01-01', '2025-12-31', 'projects_started',  10
      UNION ALL SELECT 8,  NULL, '2025', '2025-01-01', '2025-12-31', 'started_capital',   1000000000.00
      UNION ALL SELECT 9,  NULL, '2026', '2026-01-01', '2026-12-31', 'licensed_capital',  3500000000.00
      UNION ALL SELECT 10, NULL, '2026', '2026-01-01', '2026-12-31', 'disbursed_capital', 1800000000.00
      UNION ALL SELECT 11, NULL, '2026', '2026-01-01', '2026-12-31', 'projects_started',  12
      UNION ALL SELECT 12, NULL, '2026', '2026-01-01', '2026-12-31', 'started_capital',   1200000000.00
      UNION ALL SELECT 13, (SELECT id FROM zones WHERE slug = 'van-don'), '2025', '2025-01-01', '2025-12-31',
                           'licensed_capital', 1000000000.00
      UNION ALL SELECT 14, (SELECT id FROM zones WHERE slug = 'bac-tien-phong'), '2025', '2025-01-01', '2025-12-31',
                           'projects_started', 3) t
WHERE p.code = 'quang-ninh'
ORDER BY t.pos;
