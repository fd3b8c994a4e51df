-- Demo data 60: announcements and the published-changes log. SAMPLE DATA.
-- The change log is derived from the record so that it agrees with it:
--  * zones: the last occupancy update of six zones (previous snapshot -> current figures);
--  * projects: every status change since 1 November 2025 except new approvals, and the
--    partial revocation of showcase project 5 in March 2025 (previous event -> latest
--    event, with the dates and areas that changed with it; a partial revocation changes
--    the land area only, the status stays).
-- Each row is published two days after the fact; zones.version / projects.version become
-- 1 + the number of published changes and updated_at the time of the last one.

DROP TEMPORARY TABLE IF EXISTS t_cl, t_clf;

INSERT INTO announcements (id, board_id, published_on, title, title_en, body, body_en, is_sample) VALUES
(1, 2, '2025-08-15',
 'Lịch tiếp nhà đầu tư định kỳ của Ban Quản lý KKT Vân Đồn',
 'Regular investor reception hours of the Van Don Economic Zone Authority',
 'Ban Quản lý Khu kinh tế Vân Đồn tiếp nhà đầu tư vào sáng thứ Năm hằng tuần tại trụ sở. Nhà đầu tư đăng ký trước qua thư điện tử bqlvandon@example.vn, nêu rõ dự án và nội dung cần trao đổi.',
 'The Van Don Economic Zone Authority receives investors every Thursday morning at its office. Investors should register in advance at bqlvandon@example.vn, stating the project and the matters to discuss.', 1),
(2, 1, '2025-03-20',
 'Thu gọn diện tích dự án vật liệu xây dựng tại KCN Việt Hưng',
 'Land area of a building-materials project in Viet Hung Industrial Park reduced',
 'Theo kết quả rà soát, UBND tỉnh quyết định thu hồi 27 ha chưa đưa vào sử dụng và có vi phạm pháp luật đất đai, khoáng sản của dự án Nhà máy sản xuất vật liệu xây dựng Thạch Lan Phú tại KCN Việt Hưng. Nhà đầu tư tiếp tục thực hiện dự án trên 18 ha đã xây dựng. Quyết định và kết luận thanh tra được đăng kèm hồ sơ dự án.',
 'Following the review, the Provincial People''s Committee recovered 27 ha of the Thach Lan Phu building-materials plant in Viet Hung Industrial Park that had not been put to use and where land and mineral laws were broken. The investor continues the project on the 18 ha already built. The decision and the inspection conclusion are published with the project record.', 1),
(3, 1, '2025-11-05',
 'Công khai kết quả rà soát các dự án trong KCN, KKT',
 'Results of the review of projects in industrial parks and economic zones published',
 'Ban Quản lý các Khu kinh tế tỉnh Quảng Ninh công khai kết quả rà soát về quy hoạch, đất đai, xây dựng và môi trường của các dự án trong KCN, KKT. Mỗi dự án có danh sách văn bản pháp lý (số, ngày, cơ quan ban hành), kết luận rà soát và quyết định xử lý nếu có.',
 'The Quang Ninh Economic Zones Authority publishes the results of its review of planning, land, construction and environment for the projects in industrial parks and economic zones. Each project lists its legal documents (number, date, issuer), the review findings and any decision taken.', 1),
(4, 1, '2025-12-22',
 'Đôn đốc các dự án chậm tiến độ hoàn thành biện pháp khắc phục',
 'Delayed projects urged to complete their remedies',
 'Ban Quản lý đề nghị các nhà đầu tư có dự án chậm tiến độ hoàn thành các biện pháp khắc phục đã cam kết đúng thời hạn. Dự án quá hạn khắc phục sẽ được xem xét ngừng hoặc chấm dứt hoạt động, thu hồi hoặc thu gọn diện tích theo quy định.',
 'The Authority asks investors whose projects are behind schedule to complete the remedies they committed to on time. Projects past their remedy deadline will be considered for suspension or termination and for full or partial land recovery under the law.', 1),
(5, 2, '2026-01-12',
 'Ban Quản lý KKT Vân Đồn công bố danh mục dự án kêu gọi đầu tư năm 2026',
 'Van Don Economic Zone Authority announces projects open for investment in 2026',
 'Danh mục gồm các dự án du lịch, dịch vụ và chế biến thủy sản trong KKT Vân Đồn, kèm vị trí, quy mô và điều kiện đối với nhà đầu tư. Hồ sơ đề xuất gửi về Ban Quản lý KKT Vân Đồn.',
 'The list covers tourism, services and seafood-processing projects in the Van Don Economic Zone, with location, size and investor requirements. Proposals are to be sent to the Van Don Economic Zone Authority.', 1),
(6, 1, '2026-10-05',
 'Cập nhật số liệu lấp đầy các KCN, KKT',
 'Occupancy figures of industrial parks and economic zones updated',
 'Diện tích đất đã cho thuê của các KCN, KKT được cập nhật theo báo cáo mới nhất; mỗi khu ghi rõ ngày của số liệu, diện tích có thể cho thuê và diện tích đã cho thuê để người đọc tự đối chiếu tỷ lệ lấp đầy.',
 'The leased area of each industrial park and economic zone has been updated from the latest reports; each zone shows the date of its figures, its leasable and its leased area, so readers can check the occupancy rate themselves.', 1);

CREATE TEMPORARY TABLE t_cl (entity VARCHAR(10), entity_id INT, published_at DATETIME, summary VARCHAR(300),
                             summary_key VARCHAR(60), summary_arg VARCHAR(60), note VARCHAR(2000),
                             note_en VARCHAR(2000))
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
CREATE TEMPORARY TABLE t_clf (entity VARCHAR(10), entity_id INT, field VARCHAR(60), old_value VARCHAR(2000),
                              new_value VARCHAR(2000))
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- Zones: the last occupancy update.
INSERT INTO t_cl
SELECT 'zone', z.id, TIMESTAMP(z.occupancy_as_of + INTERVAL 2 DAY, '09:30:00'),
       'Cập nhật số liệu lấp đầy', 'changelog.occupancy', NULL,
       'Số liệu theo báo cáo định kỳ của nhà đầu tư hạ tầng, Ban Quản lý đã đối chiếu.',
       'Figures from the infrastructure developer''s periodic report, checked by the management board.'
FROM zones z WHERE z.slug IN ('van-don', 'mong-cai', 'cai-lan', 'song-khoai', 'bac-tien-phong', 'texhong-hai-ha');

INSERT INTO t_clf
SELECT 'zone', z.id, f.field,
       IF(f.field = 'leased_ha', CAST(prev.leased_ha AS CHAR), DATE_FORMAT(prev.as_of, '%Y-%m-%d')),
       IF(f.field = 'leased_ha', CAST(z.leased_ha AS CHAR), DATE_FORMAT(z.occupancy_as_of, '%Y-%m-%d'))
FROM zones z
JOIN occupancy_snapshots prev ON prev.zone_id = z.id
 AND prev.as_of = (SELECT MAX(o.as_of) FROM occupancy_snapshots o WHERE o.zone_id = z.id AND o.as_of < z.occupancy_as_of)
JOIN (SELECT 'leased_ha' AS field UNION ALL SELECT 'occupancy_as_of') f
WHERE z.slug IN ('van-don', 'mong-cai', 'cai-lan', 'song-khoai', 'bac-tien-phong', 'texhong-hai-ha');

-- Projects: status changes of 2025-2026 (latest event vs the one before it).
INSERT INTO t_cl
SELECT 'project', p.id, TIMESTAMP(cur.effective_on + INTERVAL 2 DAY, '10:00:00'),
       CONCAT('Chuyển tình trạng: ', CASE cur.status
         WHEN 'construction' THEN 'Đang xây dựng'
         WHEN 'operating'    THEN 'Đang hoạt động'
         WHEN 'delayed'      THEN 'Chậm tiến độ'
         WHEN 'suspended'    THEN 'Tạm ngừng'
         WHEN 'expired'      THEN 'Hết hạn, không gia hạn'
         ELSE 'Bị thu hồi' END),
       IF(cur.revocation = 'partial', 'changelog.partial', 'changelog.status'),
       IF(cur.revocation = 'partial', NULL, CONCAT('status.', cur.status)),
       IF(d.id IS NULL, 'Cập nhật theo báo cáo của nhà đầu tư, Ban Quản lý đã kiểm tra.',
          CONCAT('Căn cứ văn bản số ', d.number, ' ngày ', DATE_FORMAT(d.issued_on, '%d/%m/%Y'), ' của ', d.issuer, '.')),
       IF(d.id IS NULL, 'Updated from the investor''s report, checked by the management board.', NULL)
FROM projects p
JOIN project_status_events cur ON cur.project_id = p.id
 AND cur.id = (SELECT MAX(e.id) FROM project_status_events e WHERE e.project_id = p.id)
LEFT JOIN legal_documents d ON d.id = cur.document_id
WHERE (cur.effective_on >= '2025-11-01' OR p.id = 5) AND (cur.status <> 'approved' OR cur.revocation IS NOT NULL);

INSERT INTO t_clf
SELECT 'project', p.id, f.field,
       CASE f.field WHEN 'status' THEN prev.status WHEN 'status_since' THEN DATE_FORMAT(prev.effective_on, '%Y-%m-%d')
                    WHEN 'land_ha' THEN CAST(cur.land_ha_before AS CHAR) ELSE NULL END,
       CASE f.field WHEN 'status' THEN cur.status WHEN 'status_since' THEN DATE_FORMAT(cur.effective_on, '%Y-%m-%d')
                    WHEN 'land_ha' THEN CAST(cur.land_ha_after AS CHAR)
                    WHEN 'actual_start' THEN DATE_FORMAT(p.actual_start, '%Y-%m-%d')
                    WHEN 'actual_operation' THEN DATE_FORMAT(p.actual_operation, '%Y-%m-%d') END
FROM projects p
JOIN project_status_events cur ON cur.project_id = p.id
 AND cur.id = (SELECT MAX(e.id) FROM project_status_events e WHERE e.project_id = p.id)
JOIN project_status_events prev ON prev.project_id = p.id
 AND prev.id = (SELECT MAX(e.id) FROM project_status_events e WHERE e.project_id = p.id AND e.id < cur.id)
JOIN (SELECT 'status' AS field UNION ALL SELECT 'status_since' UNION ALL SELECT 'land_ha'
      UNION ALL SELECT 'actual_start' UNION ALL SELECT 'actual_operation') f
  ON (f.field IN ('status', 'status_since') AND NOT cur.revocation <=> 'partial')
  OR (f.field = 'land_ha' AND cur.revocation IS NOT NULL)
  OR (f.field = 'actual_start' AND cur.status = 'construction')
  OR (f.field = 'actual_operation' AND cur.status = 'operating')
WHERE (cur.effective_on >= '2025-11-01' OR p.id = 5) AND (cur.status <> 'approved' OR cur.revocation IS NOT NULL);

INSERT INTO change_log (id, entity, entity_id, published_at, summary, summary_key, summary_arg, note, note_en, request_id)
SELECT ROW_NUMBER() OVER (ORDER BY published_at, entity, entity_id), entity, entity_id, published_at, summary,
       summary_key, summary_arg, note, note_en, NULL
FROM t_cl ORDER BY published_at, entity, entity_id;

INSERT INTO change_log_fields (change_id, field, old_value, new_value)
SELECT c.id, f.field, f.old_value, f.new_value
FROM t_clf f JOIN change_log c ON c.entity = f.entity AND c.entity_id = f.entity_id
ORDER BY c.id, f.field;

UPDATE zones z JOIN (SELECT entity_id, COUNT(*) AS n, MAX(published_at) AS last_at FROM change_log
                     WHERE entity = 'zone' GROUP BY entity_id) c ON c.entity_id = z.id
SET z.version = 1 + c.n, z.updated_at = c.last_at;
UPDATE projects p JOIN (SELECT entity_id, COUNT(*) AS n, MAX(published_at) AS last_at FROM change_log
                        WHERE entity = 'project' GROUP BY entity_id) c ON c.entity_id = p.id
SET p.version = 1 + c.n, p.updated_at = c.last_at;

DROP TEMPORARY TABLE IF EXISTS t_cl, t_clf;
