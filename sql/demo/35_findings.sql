-- Demo data 35: review findings (planning, land, construction, environment), SAMPLE DATA.
-- Reviewed projects: every revoked and suspended project, every project whose delay rests on
-- an inspection conclusion, and a sample of operating / under-construction projects.
-- Findings of a project with an inspection conclusion (document id = project_id * 10 + 7,
-- see 30_projects.sql) are dated on it and cite it unless compliant; the others are dated
-- in the review wave that followed the working session of 26/10/2020, or 120 days after
-- the investment certificate for later projects.

DROP TEMPORARY TABLE IF EXISTS t_sum, t_rev;

-- Review findings: 1-3 areas per reviewed project (planning and land only if nothing was
-- built), starting with the area that matters (land for revocations, environment for
-- suspensions).
CREATE TEMPORARY TABLE t_sum (area VARCHAR(20), outcome VARCHAR(10), v INT, summary VARCHAR(2000), action VARCHAR(1000))
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
INSERT INTO t_sum VALUES
('planning','compliant',0,'Dự án phù hợp quy hoạch chung xây dựng khu kinh tế, khu công nghiệp và quy hoạch chi tiết được duyệt; mật độ xây dựng, chiều cao công trình trong giới hạn cho phép.',NULL),
('planning','compliant',1,'Vị trí, ranh giới và chức năng sử dụng đất của dự án đúng quy hoạch chi tiết tỷ lệ 1/500 đã phê duyệt.',NULL),
('planning','minor',0,'Tổng mặt bằng có điều chỉnh nhỏ so với quy hoạch chi tiết nhưng chưa cập nhật hồ sơ quy hoạch.','Yêu cầu nhà đầu tư khắc phục và báo cáo kết quả trong 60 ngày.'),
('planning','minor',1,'Chậm lập, trình điều chỉnh quy hoạch chi tiết sau khi thay đổi quy mô công suất.','Nhắc nhở; theo dõi trong đợt kiểm tra tiếp theo.'),
('planning','violation',0,'Xây dựng hạng mục không có trong quy hoạch chi tiết được duyệt, lấn sang đất cây xanh của khu công nghiệp.','Lập biên bản, xử phạt vi phạm hành chính; buộc tháo dỡ hạng mục vi phạm.'),
('planning','violation',1,'Triển khai trên phần diện tích mà chủ trương cho nghiên cứu quy hoạch đã hết thời hạn.','Kiến nghị thu hồi phần diện tích vi phạm, không gia hạn chủ trương.'),
('land','compliant',0,'Sử dụng đất đúng mục đích, đúng ranh giới và diện tích được cho thuê; đã nộp đủ tiền thuê đất.',NULL),
('land','compliant',1,'Hồ sơ đất đai đầy đủ; không có tranh chấp, khiếu nại liên quan đến đất của dự án.',NULL),
('land','minor',0,'Chậm nộp tiền thuê đất một kỳ; một phần nhỏ diện tích chưa đưa vào sử dụng.','Yêu cầu nộp đủ tiền thuê đất và tiền chậm nộp trong 30 ngày.'),
('land','minor',1,'Chưa làm thủ tục đăng ký biến động đất đai sau khi điều chỉnh dự án.','Yêu cầu nhà đầu tư khắc phục và báo cáo kết quả trong 60 ngày.'),
('land','violation',0,'Chậm đưa đất vào sử dụng quá 24 tháng so với tiến độ ghi trong dự án, để đất hoang hóa, gây lãng phí nguồn lực đất đai.','Kiến nghị thu hồi hoặc thu gọn diện tích theo Luật Đất đai.'),
('land','violation',1,'Sử dụng đất sai mục đích: cho thuê lại đất khi chưa đủ điều kiện, tập kết vật liệu trái phép trên đất dự án.','Lập biên bản, xử phạt vi phạm hành chính; kiến nghị thu hồi phần diện tích vi phạm.'),
('construction','compliant',0,'Công trình xây dựng đúng giấy phép xây dựng và thiết kế được thẩm định; đã nghiệm thu phòng cháy, chữa cháy.',NULL),
('construction','compliant',1,'Hồ sơ quản lý chất lượng công trình đầy đủ, đúng quy định.',NULL),
('construction','minor',0,'Xây dựng nhà kho tạm chưa có giấy phép; nhà đầu tư đã tự tháo dỡ sau kiểm tra.','Nhắc nhở; theo dõi trong đợt kiểm tra tiếp theo.'),
('construction','minor',1,'Chậm báo cáo cơ quan quản lý khi khởi công và khi hoàn thành hạng mục công trình.','Yêu cầu thực hiện đúng chế độ báo cáo.'),
('construction','violation',0,'Xây dựng sai nội dung giấy phép, vượt mật độ xây dựng cho phép; đưa công trình vào sử dụng khi chưa nghiệm thu.','Lập biên bản, xử phạt vi phạm hành chính; đình chỉ sử dụng hạng mục vi phạm.'),
('construction','violation',1,'Thi công không có giấy phép xây dựng; không dừng thi công khi có yêu cầu của cơ quan có thẩm quyền.','Chuyển hồ sơ cơ quan có thẩm quyền xử lý; buộc dừng thi công.'),
('environment','compliant',0,'Hệ thống xử lý nước thải vận hành ổn định, đấu nối về trạm xử lý tập trung; quan trắc định kỳ đạt quy chuẩn.',NULL),
('environment','compliant',1,'Thực hiện đúng các biện pháp bảo vệ môi trường theo báo cáo đánh giá tác động môi trường được duyệt; không có phản ánh của người dân.',NULL),
('environment','minor',0,'Chưa thực hiện đầy đủ quan trắc môi trường định kỳ; báo cáo công tác bảo vệ môi trường nộp chậm.','Yêu cầu bổ sung quan trắc và báo cáo trong 30 ngày.'),
('environment','minor',1,'Khu lưu giữ chất thải nguy hại chưa đúng quy cách, thiếu biển cảnh báo.','Yêu cầu nhà đầu tư khắc phục và báo cáo kết quả trong 60 ngày.'),
('environment','violation',0,'Xả nước thải vượt quy chuẩn kỹ thuật cho phép ra môi trường; chưa vận hành công trình xử lý chất thải theo báo cáo ĐTM được duyệt.','Lập biên bản, xử phạt vi phạm hành chính; kiến nghị đình chỉ hoạt động gây ô nhiễm.'),
('environment','violation',1,'San lấp mặt bằng bằng vật liệu, chất thải không rõ nguồn gốc; gây ô nhiễm nguồn nước khu vực lân cận.','Buộc bóc dỡ vật liệu san lấp trái phép, phục hồi môi trường; xử phạt vi phạm hành chính.');

CREATE TEMPORARY TABLE t_rev (project_id INT, i INT, area VARCHAR(20), outcome VARCHAR(10), reviewed_on DATE,
                              doc_id INT NULL, v INT, started TINYINT, operated TINYINT)
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
INSERT INTO t_rev
SELECT r.id, k.seq,
       IF(r.started = 1, ELT(1 + (r.start_area + k.seq) % 4, 'planning', 'land', 'construction', 'environment'),
                         ELT(1 + (r.start_area + k.seq) % 2, 'planning', 'land')),
       CASE
         WHEN r.status = 'revoked'   THEN IF(k.seq = 0 OR r.h % 2 = 0, 'violation', 'minor')
         WHEN r.status = 'suspended' THEN IF(k.seq = 0, 'violation', IF(r.h % 2 = 0, 'minor', 'compliant'))
         WHEN r.status = 'delayed'   THEN IF(k.seq = 0, IF(r.h % 2 = 0, 'violation', 'minor'), IF(r.h % 3 = 0, 'minor', 'compliant'))
         ELSE IF(k.seq = 0 AND r.h % 3 = 0, 'minor', 'compliant')
       END,
       r.insp_on, IF(r.has_k7 = 1, r.id * 10 + 7, NULL), (r.h >> k.seq) % 2, r.started, r.operated
FROM (SELECT p.id, p.status, (d7.id IS NOT NULL) AS has_k7,
             (p.actual_start IS NOT NULL) AS started, (p.actual_operation IS NOT NULL) AS operated,
             COALESCE(d7.issued_on,
                      LEAST(GREATEST(COALESCE(d2.issued_on, p.approved_on) + INTERVAL 120 DAY,
                                     DATE '2020-11-02' + INTERVAL (CRC32(CONCAT(p.id, 'in')) % 58) DAY),
                            DATE '2026-10-15')) AS insp_on,
             CRC32(CONCAT(p.id, 'f')) AS h,
             CASE WHEN p.status = 'revoked' THEN 1 WHEN p.status = 'suspended' THEN 3
                  WHEN p.actual_start IS NULL THEN CRC32(CONCAT(p.id, 'fa')) % 2
                  WHEN p.status = 'delayed' THEN 2 * (CRC32(CONCAT(p.id, 'fa')) % 2)
                  ELSE CRC32(CONCAT(p.id, 'fa')) % 4 END AS start_area,
             LEAST(IF(p.actual_start IS NULL, 2, 3),
                   IF(p.status IN ('revoked','suspended'), 2 + CRC32(CONCAT(p.id, 'fn')) % 2,
                      1 + CRC32(CONCAT(p.id, 'fn')) % 3)) AS nf
      FROM projects p
      LEFT JOIN legal_documents d7 ON d7.id = p.id * 10 + 7 AND d7.project_id = p.id
      LEFT JOIN legal_documents d2 ON d2.id = p.id * 10 + 2 AND d2.project_id = p.id
      WHERE p.status IN ('revoked','suspended') OR d7.id IS NOT NULL
         OR (p.status IN ('operating','construction') AND CRC32(CONCAT(p.id, 'rv')) % 16 = 0)) r
JOIN seq_0_to_2 k ON k.seq < r.nf;

-- Keep the texts true to the project's stage: nothing built yet means no planning breach by
-- building and an idle-land violation; nothing in operation yet means construction-stage
-- texts for construction and environment.
UPDATE t_rev SET outcome = 'minor' WHERE started = 0 AND area = 'planning' AND outcome = 'violation';
UPDATE t_rev SET v = 0 WHERE started = 0 AND area = 'land' AND outcome = 'violation';
UPDATE t_rev SET v = 1 WHERE operated = 0 AND area IN ('construction', 'environment') AND outcome IN ('compliant', 'violation');

INSERT INTO review_findings (id, project_id, area, reviewed_on, outcome, summary, action, document_id, is_sample)
SELECT ROW_NUMBER() OVER (ORDER BY r.project_id, r.i), r.project_id, r.area, r.reviewed_on, r.outcome, s.summary, s.action,
       IF(r.outcome = 'compliant', NULL, r.doc_id), 1
FROM t_rev r JOIN t_sum s ON s.area = r.area AND s.outcome = r.outcome AND s.v = r.v
ORDER BY r.project_id, r.i;


DROP TEMPORARY TABLE IF EXISTS t_sum, t_rev;
