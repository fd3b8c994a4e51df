-- Demo data 31: projects, legal documents and status events, built from the seed tables of
-- 30_projects.sql (its header says how). ALL OF IT IS SAMPLE DATA (is_sample = 1).
-- `minhbachctl load` runs the demo files in order in one session, so the temporary tables
-- made there are still here; the last statement drops them.

-- ---------------------------------------------------------------------------------------
-- pgen: one row per project.
CREATE TEMPORARY TABLE pgen (
  id INT PRIMARY KEY, rk INT NULL, zone_id INT NULL, investor_id INT NULL, sector VARCHAR(40) NULL,
  name VARCHAR(300) NULL, name_en VARCHAR(300) NULL, status VARCHAR(12) NULL,
  partial TINYINT NOT NULL DEFAULT 0, started TINYINT NOT NULL DEFAULT 0, pd TINYINT NOT NULL DEFAULT 0,
  authority VARCHAR(10) NULL, currency CHAR(3) NULL, reg_usd DECIMAL(18,2) NULL, disb_usd DECIMAL(18,2) NULL,
  land_orig DECIMAL(10,2) NULL, land_ha DECIMAL(10,2) NULL, land_before DECIMAL(10,2) NULL,
  approved_on DATE NULL, planned_start DATE NULL, actual_start DATE NULL, planned_operation DATE NULL,
  actual_operation DATE NULL, permit_expires_on DATE NULL, is_secondary TINYINT NOT NULL DEFAULT 1,
  delay_on DATE NULL, delay_reason VARCHAR(1000) NULL, delay_remedy VARCHAR(1000) NULL, remedy_due DATE NULL,
  delay_doc CHAR(1) NULL,
  end_on DATE NULL, end_reason VARCHAR(1000) NULL, end_remedy VARCHAR(1000) NULL, end_remedy_due DATE NULL,
  revocation VARCHAR(8) NULL, end_doc_on DATE NULL,
  board_id INT NULL, zkind VARCHAR(3) NULL, developer VARCHAR(200) NULL, has_policy TINYINT NULL,
  irc_on DATE NULL, has_k7 TINYINT NOT NULL DEFAULT 0, insp_on DATE NULL, prev_status VARCHAR(12) NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- Showcase projects 1-12.
INSERT INTO pgen (id, zone_id, investor_id, sector, name, name_en, status, authority, reg_usd, disb_usd,
                  land_ha, land_before, approved_on, planned_start, actual_start, planned_operation,
                  actual_operation, permit_expires_on, delay_on, delay_reason, delay_remedy, remedy_due,
                  delay_doc, end_on, end_reason, end_remedy, end_remedy_due, revocation, end_doc_on) VALUES
(1, 1, 1, 'tourism', 'Khu du lịch nghỉ dưỡng phức hợp cao cấp Coralwind Vân Đồn',
 'Coralwind Van Don Integrated Resort', 'construction', 'central', 1250000000, 312400000,
 263.50, NULL, '2019-08-15', '2020-06-30', '2020-12-26', '2024-12-31', NULL, NULL,
 NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(2, 14, 2, 'textile', 'Nhà máy kéo sợi Jinluofeng giai đoạn 2 tại KCN Texhong Hải Hà',
 'Jinluofeng Spinning Mill Phase 2 in Texhong Hai Ha Industrial Park', 'operating', 'province', 165000000, 158200000,
 24.60, NULL, '2020-09-28', '2020-11-15', '2020-11-20', '2022-06-30', '2022-04-18', NULL,
 NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(3, 6, 3, 'logistics', 'Trung tâm logistics và kho ngoại quan Vịnh Lam tại KCN Cái Lân',
 'Vinh Lam Logistics Centre and Bonded Warehouse in Cai Lan Industrial Park', 'operating', 'province', 36500000, 34000000,
 12.80, NULL, '2018-03-12', '2018-09-01', '2018-10-15', '2020-06-30', '2020-09-21', NULL,
 NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(4, 3, 4, 'logistics', 'Trung tâm thương mại và kho vận Quenlow tại KKT cửa khẩu Móng Cái',
 'Quenlow Trade and Logistics Centre in Mong Cai Border-Gate Economic Zone', 'revoked', 'province', 48000000, 2100000,
 0.00, 32.00, '2016-05-20', '2016-12-31', NULL, '2018-12-31', NULL, NULL,
 '2018-04-10', 'Sau 15 tháng kể từ ngày được cho thuê đất, nhà đầu tư chưa triển khai xây dựng; không thực hiện cam kết tiến độ tại Giấy chứng nhận đăng ký đầu tư.',
 'Nhà đầu tư cam kết khởi công trong quý IV/2018 và thực hiện ký quỹ bảo đảm thực hiện dự án.', '2018-12-31', 'I',
 '2020-12-15', 'Chấm dứt hoạt động dự án theo Điều 48 Luật Đầu tư 2014: không triển khai sau khi đã được điều chỉnh tiến độ; thu hồi toàn bộ 32 ha đất theo Luật Đất đai. Kết quả rà soát theo chỉ đạo tại buổi làm việc ngày 26/10/2020.',
 NULL, NULL, 'whole', '2020-12-15'),
(5, 7, 5, 'materials', 'Nhà máy sản xuất vật liệu xây dựng Thạch Lan Phú tại KCN Việt Hưng',
 'Thach Lan Phu Building Materials Plant in Viet Hung Industrial Park', 'revoked', 'province', 22500000, 9800000,
 18.00, 45.00, '2015-07-08', '2016-01-15', '2016-03-20', '2017-12-31', NULL, NULL,
 '2019-06-14', 'Chậm tiến độ; sử dụng đất sai mục đích: tập kết, kinh doanh vật liệu san lấp không rõ nguồn gốc trên 12 ha đất được thuê; khai thác đất đồi trái phép để san nền.',
 'Dừng ngay hoạt động san lấp trái phép, phục hồi hiện trạng; hoàn thành dây chuyền sản xuất giai đoạn 1 trên phần diện tích đã xây dựng.', '2020-06-30', 'I',
 '2025-03-18', 'Thu gọn diện tích theo kết quả rà soát các KCN: thu hồi 27 ha chưa đưa vào sử dụng và có vi phạm pháp luật đất đai, khoáng sản; nhà đầu tư tiếp tục thực hiện dự án trên 18 ha đã xây dựng.',
 'Bàn giao 27 ha đất bị thu hồi cho Ban Quản lý trong 60 ngày; hoàn thành giai đoạn 1 trên diện tích còn lại.', '2025-12-31', 'partial', '2025-03-18'),
(6, 1, 6, 'tourism', 'Khu du lịch sinh thái và đô thị nghỉ dưỡng Bích Hải Vân, KKT Vân Đồn',
 'Bich Hai Van Eco-tourism and Resort Township, Van Don Economic Zone', 'expired', 'province', 85000000, 0,
 320.00, NULL, '2016-09-12', '2018-06-30', NULL, '2021-12-31', NULL, '2019-09-12',
 NULL, NULL, NULL, NULL, NULL,
 '2019-09-12', 'Hết thời hạn 36 tháng cho nghiên cứu lập quy hoạch chi tiết theo văn bản chấp thuận chủ trương; nhà đầu tư chưa trình quy hoạch. Theo chỉ đạo ngày 26/10/2020, tỉnh kiên quyết không gia hạn.',
 NULL, NULL, NULL, '2020-11-24'),
(7, 8, 7, 'electronics', 'Nhà máy linh kiện điện tử Tsukimori tại KCN Đông Mai',
 'Tsukimori Electronic Components Plant in Dong Mai Industrial Park', 'delayed', 'province', 58000000, 21500000,
 9.40, NULL, '2019-11-05', '2020-04-01', '2020-05-12', '2021-12-31', NULL, NULL,
 '2022-03-15', 'Chậm đưa nhà máy vào vận hành do ảnh hưởng của dịch COVID-19: chuyên gia nước ngoài không nhập cảnh được, thiết bị nhập khẩu bị gián đoạn.',
 'Điều chỉnh tiến độ: hoàn thành lắp đặt thiết bị và vận hành thử trước 30/6/2023.', '2023-06-30', 'D',
 NULL, NULL, NULL, NULL, NULL, NULL),
(8, 10, 8, 'manufacturing', 'Nhà máy cơ khí chính xác Gaeul tại KCN Sông Khoai',
 'Gaeul Precision Engineering Plant in Song Khoai Industrial Park', 'delayed', 'province', 32000000, 3200000,
 7.50, NULL, '2021-04-20', '2021-10-01', NULL, '2023-06-30', NULL, NULL,
 '2024-08-09', 'Sau 24 tháng kể từ ngày nhận bàn giao đất, nhà đầu tư chưa khởi công; chưa hoàn thành thủ tục thẩm duyệt thiết kế phòng cháy, chữa cháy.',
 'Khởi công trước 31/3/2025; nộp khoản tiền tương ứng mức tiền thuê đất cho thời gian chậm tiến độ theo Luật Đất đai.', '2025-03-31', 'I',
 NULL, NULL, NULL, NULL, NULL, NULL),
(9, 9, 9, 'textile', 'Nhà máy dệt nhuộm Hsinliao tại KCN Hải Yên',
 'Hsinliao Weaving and Dyeing Plant in Hai Yen Industrial Park', 'suspended', 'province', 75000000, 61000000,
 15.20, NULL, '2017-06-15', '2017-12-01', '2018-01-10', '2019-06-30', '2019-09-02', NULL,
 NULL, NULL, NULL, NULL, NULL,
 '2024-07-22', 'Ngừng hoạt động theo Điều 47 Luật Đầu tư: xả nước thải nhuộm vượt QCVN 13-MT:2015/BTNMT ra kênh thoát nước chung của KCN, tái phạm sau khi đã bị xử phạt.',
 'Cải tạo hệ thống xử lý nước thải, lắp quan trắc tự động truyền dữ liệu về Sở Tài nguyên và Môi trường; chỉ hoạt động lại khi được kiểm tra, chấp thuận.', '2025-01-31', NULL, '2024-07-22'),
(10, 11, 10, 'energy', 'Nhà máy sản xuất tấm pin năng lượng mặt trời Solvanta tại KCN Bắc Tiền Phong',
 'Solvanta Solar Panel Plant in Bac Tien Phong Industrial Park', 'approved', 'central', 420000000, 0,
 38.00, NULL, '2025-09-22', '2026-06-30', NULL, '2028-03-31', NULL, NULL,
 NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(11, 1, 11, 'food', 'Nhà máy chế biến thủy sản xuất khẩu Cồn Mây tại KKT Vân Đồn',
 'Con May Seafood Export Processing Plant in Van Don Economic Zone', 'operating', 'province', 12500000, 11800000,
 5.60, NULL, '2017-03-14', '2017-09-30', '2018-11-28', '2019-12-31', '2020-10-05', NULL,
 '2018-05-22', 'Chậm khởi công do chưa hoàn thành giải phóng mặt bằng phần diện tích 1,2 ha và chậm cấp giấy phép khai thác nước mặt.',
 'Điều chỉnh tiến độ: khởi công trước 31/12/2018, vận hành trước 31/12/2020.', '2018-12-31', 'D',
 NULL, NULL, NULL, NULL, NULL, NULL),
(12, 11, 12, 'electronics', 'Nhà máy sản xuất bảng mạch điện tử Seolbit tại KCN Bắc Tiền Phong',
 'Seolbit Circuit Board Plant in Bac Tien Phong Industrial Park', 'operating', 'province', 180000000, 171000000,
 20.00, NULL, '2020-10-12', '2020-12-15', '2020-12-18', '2022-06-30', '2022-05-26', NULL,
 NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- Infrastructure projects of the KCNs (investor = the zone's developer, central approval).
INSERT INTO pgen (id, zone_id, name, name_en, status, reg_usd, disb_usd, land_ha, approved_on,
                  planned_start, actual_start, planned_operation, actual_operation,
                  delay_on, delay_reason, delay_remedy, remedy_due, delay_doc) VALUES
(13, 6, 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Cái Lân mở rộng',
 'Cai Lan Industrial Park Expansion Infrastructure', 'operating', 28000000, 26500000, 58.00,
 '2013-05-16', '2013-10-01', '2013-11-05', '2015-12-31', '2016-03-30', NULL, NULL, NULL, NULL, NULL),
(14, 7, 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Việt Hưng giai đoạn 2',
 'Viet Hung Industrial Park Phase 2 Infrastructure', 'operating', 35000000, 30100000, 120.00,
 '2014-08-20', '2015-01-15', '2015-03-02', '2017-12-31', '2018-04-16', NULL, NULL, NULL, NULL, NULL),
(15, 8, 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Đông Mai mở rộng',
 'Dong Mai Industrial Park Expansion Infrastructure', 'operating', 18500000, 17900000, 40.00,
 '2012-11-06', '2013-04-01', '2013-04-25', '2015-06-30', '2015-09-14', NULL, NULL, NULL, NULL, NULL),
(16, 9, 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Hải Yên giai đoạn 2',
 'Hai Yen Industrial Park Phase 2 Infrastructure', 'operating', 22000000, 19800000, 82.40,
 '2015-02-10', '2015-08-01', '2015-09-18', '2017-12-31', '2018-06-05', NULL, NULL, NULL, NULL, NULL),
(17, 14, 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Texhong Hải Hà',
 'Texhong Hai Ha Industrial Park Infrastructure', 'operating', 220000000, 198000000, 660.00,
 '2013-01-15', '2013-06-01', '2013-07-20', '2015-12-31', '2015-10-28', NULL, NULL, NULL, NULL, NULL),
(18, 10, 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Sông Khoai',
 'Song Khoai Industrial Park Infrastructure', 'operating', 150000000, 96000000, 714.00,
 '2018-05-10', '2018-10-01', '2018-12-20', '2021-12-31', '2021-09-30', NULL, NULL, NULL, NULL, NULL),
(19, 11, 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Bắc Tiền Phong',
 'Bac Tien Phong Industrial Park Infrastructure', 'operating', 265000000, 140000000, 1192.00,
 '2018-09-14', '2019-03-01', '2019-04-12', '2021-06-30', '2021-11-15', NULL, NULL, NULL, NULL, NULL),
(20, 12, 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Nam Tiền Phong',
 'Nam Tien Phong Industrial Park Infrastructure', 'construction', 190000000, 62000000, 1080.00,
 '2020-12-08', '2021-06-30', '2021-10-22', '2025-06-30', NULL, NULL, NULL, NULL, NULL, NULL),
(21, 13, 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Đầm Nhà Mạc',
 'Dam Nha Mac Industrial Park Infrastructure', 'delayed', 480000000, 45000000, 4400.00,
 '2020-03-24', '2020-12-31', '2021-09-15', '2024-12-31', NULL, '2023-10-12',
 'Chậm bồi thường, giải phóng mặt bằng tại đảo Hà Nam; thiếu nguồn vật liệu san lấp hợp pháp cho giai đoạn 1.',
 'Hoàn thành bồi thường, giải phóng mặt bằng giai đoạn 1 (850 ha) và ký hợp đồng cung cấp vật liệu san lấp từ mỏ được cấp phép.',
 '2026-06-30', 'D'),
(22, 15, 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Hải Hà',
 'Hai Ha Industrial Park Infrastructure', 'delayed', 120000000, 14500000, 486.00,
 '2021-07-19', '2022-03-31', '2022-09-15', '2024-12-31', NULL, '2023-05-30',
 'Thi công hạ tầng chậm: mới hoàn thành khoảng 15% khối lượng; chưa hoàn thành thủ tục cho thuê đất phần diện tích còn lại.',
 'Hoàn thành thủ tục đất đai, môi trường và hạ tầng kỹ thuật giai đoạn 1 trước 30/6/2024.', '2024-06-30', 'I'),
(23, 16, 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Hoàng Quế',
 'Hoang Que Industrial Park Infrastructure', 'construction', 95000000, 28000000, 310.00,
 '2022-03-29', '2022-12-31', '2023-02-18', '2026-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(24, 17, 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Phương Nam',
 'Phuong Nam Industrial Park Infrastructure', 'approved', 160000000, 0, 450.00,
 '2024-09-12', '2025-09-30', NULL, '2028-06-30', NULL, NULL, NULL, NULL, NULL, NULL);

UPDATE pgen p JOIN t_inv i ON i.id = p.zone_id + 103
SET p.investor_id = i.id, p.sector = 'infrastructure', p.authority = 'central', p.is_secondary = 0
WHERE p.id BETWEEN 13 AND 24;

-- Generated projects 25-300: status by rank of a hash.
INSERT INTO pgen (id, rk)
SELECT seq + 24, ROW_NUMBER() OVER (ORDER BY CRC32(CONCAT('st', seq)), seq) FROM seq_1_to_276;

UPDATE pgen p JOIN t_quota q ON p.rk BETWEEN q.r_lo AND q.r_hi
SET p.status = q.status, p.partial = (q.status = 'revoked' AND p.rk < q.r_lo + 6);

-- Investors: every investor 13-108 gets at least one project; the rest at random.
-- Expired projects (permission to study planning) go to tourism/logistics/energy/materials.
UPDATE pgen p JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS j FROM pgen
                    WHERE id > 24 AND status <> 'expired') x ON x.id = p.id
SET p.investor_id = IF(x.j <= 96, x.j + 12, 1 + CRC32(CONCAT('inv', p.id)) % 108);
SET @nx := (SELECT COUNT(*) FROM t_inv WHERE id <= 108 AND sector IN ('tourism','logistics','energy','materials'));
UPDATE pgen p
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS k FROM t_inv
      WHERE id <= 108 AND sector IN ('tourism','logistics','energy','materials')) i
  ON i.k = 1 + CRC32(CONCAT('ex', p.id)) % @nx
SET p.investor_id = i.id
WHERE p.id > 24 AND p.status = 'expired';

UPDATE pgen p JOIN t_inv i ON i.id = p.investor_id SET p.sector = i.sector WHERE p.id > 24;

-- Zone: weighted pick among the zones that host the sector and are old enough.
UPDATE pgen p JOIN t_zp z ON z.status = p.status AND z.sector = p.sector
   AND CRC32(CONCAT('z', p.id)) % z.tot >= z.lo AND CRC32(CONCAT('z', p.id)) % z.tot < z.hi
SET p.zone_id = z.zone_id
WHERE p.id > 24;

-- Dates (each step depends on the previous one).
UPDATE pgen p JOIN t_quota q ON q.status = p.status JOIN zones z ON z.id = p.zone_id
SET p.approved_on = GREATEST(q.a_lo, z.established_on + INTERVAL 120 DAY)
      + INTERVAL (CRC32(CONCAT(p.id, 'a'))
                  % (DATEDIFF(q.a_hi, GREATEST(q.a_lo, z.established_on + INTERVAL 120 DAY)) + 1)) DAY
WHERE p.id > 24;

UPDATE pgen SET
  started = CASE WHEN status IN ('operating','construction','suspended') THEN 1
                 WHEN status = 'delayed' THEN CRC32(CONCAT(id, 'st')) % 2 = 0
                 WHEN status = 'revoked' THEN partial OR CRC32(CONCAT(id, 'st')) % 3 = 0
                 ELSE 0 END,
  pd = (status = 'operating' AND CRC32(CONCAT(id, 'pd')) % 6 = 0),
  planned_start = approved_on + INTERVAL (IF(status = 'approved', 180 + CRC32(CONCAT(id, 'ps')) % 540,
                                                90 + CRC32(CONCAT(id, 'ps')) % 240)) DAY
WHERE id > 24;

UPDATE pgen SET actual_start = CASE
    WHEN status = 'operating' AND pd = 1 THEN planned_start + INTERVAL (240 + CRC32(CONCAT(id, 'as')) % 300) DAY
    WHEN status = 'operating' THEN GREATEST(approved_on + INTERVAL 30 DAY,
                                   planned_start + INTERVAL (CRC32(CONCAT(id, 'as')) % 165) DAY - INTERVAL 45 DAY)
    WHEN status = 'construction' THEN LEAST(planned_start + INTERVAL (CRC32(CONCAT(id, 'as')) % 150) DAY, DATE '2026-10-15')
    WHEN status = 'suspended' THEN planned_start + INTERVAL (CRC32(CONCAT(id, 'as')) % 120) DAY
    WHEN status = 'delayed' AND started = 1 THEN planned_start + INTERVAL (CRC32(CONCAT(id, 'as')) % 240) DAY
    WHEN status = 'revoked' AND started = 1 THEN planned_start + INTERVAL (CRC32(CONCAT(id, 'as')) % 180) DAY
  END,
  planned_operation = planned_start + INTERVAL (CASE WHEN status IN ('operating','suspended') THEN 420 + CRC32(CONCAT(id, 'po')) % 420
                                                     WHEN status = 'construction' THEN 900 + CRC32(CONCAT(id, 'po')) % 540
                                                     ELSE 540 + CRC32(CONCAT(id, 'po')) % 360 END) DAY,
  permit_expires_on = IF(status = 'expired', approved_on + INTERVAL (730 + CRC32(CONCAT(id, 'pe')) % 730) DAY, NULL)
WHERE id > 24;

UPDATE pgen SET actual_operation = CASE
    WHEN status = 'operating' THEN LEAST(GREATEST(actual_start + INTERVAL 240 DAY,
                                   planned_operation + INTERVAL (CRC32(CONCAT(id, 'ao')) % 300) DAY - INTERVAL 90 DAY),
                                   DATE '2026-10-15')
    WHEN status = 'suspended' AND CRC32(CONCAT(id, 'so')) % 2 = 0
      THEN GREATEST(actual_start + INTERVAL 240 DAY,
                    planned_operation + INTERVAL (CRC32(CONCAT(id, 'ao')) % 200) DAY - INTERVAL 60 DAY)
  END,
  delay_on = CASE
    WHEN status = 'operating' AND pd = 1 THEN planned_start + INTERVAL (90 + CRC32(CONCAT(id, 'd')) % 120) DAY
    WHEN status = 'delayed' AND started = 1
      THEN LEAST(GREATEST(planned_operation + INTERVAL (30 + CRC32(CONCAT(id, 'd')) % 300) DAY,
                          actual_start + INTERVAL 60 DAY), DATE '2026-10-15')
    WHEN status = 'delayed' THEN LEAST(planned_start + INTERVAL (120 + CRC32(CONCAT(id, 'd')) % 400) DAY, DATE '2026-10-15')
    WHEN status = 'revoked' AND started = 1
      THEN GREATEST(planned_operation + INTERVAL (30 + CRC32(CONCAT(id, 'd')) % 240) DAY, actual_start + INTERVAL 60 DAY)
    WHEN status = 'revoked' THEN planned_start + INTERVAL (150 + CRC32(CONCAT(id, 'd')) % 300) DAY
  END,
  delay_doc = CASE WHEN status = 'revoked' THEN 'I'
                   WHEN status = 'delayed' THEN IF(CRC32(CONCAT(id, 'dd')) % 3 = 0, 'I', 'D')
                   WHEN pd = 1 THEN 'D' END
WHERE id > 24;

UPDATE pgen SET remedy_due = delay_on + INTERVAL (180 + CASE status WHEN 'delayed' THEN CRC32(CONCAT(id, 'r')) % 420
                                                                  WHEN 'revoked' THEN CRC32(CONCAT(id, 'r')) % 180
                                                                  ELSE 0 END) DAY
WHERE id > 24 AND delay_on IS NOT NULL;

UPDATE pgen SET end_on = CASE
    WHEN status = 'suspended'
      THEN LEAST(GREATEST(COALESCE(actual_operation, actual_start) + INTERVAL (180 + CRC32(CONCAT(id, 'e')) % 500) DAY,
                          DATE '2021-01-01' + INTERVAL (CRC32(CONCAT(id, 'e2')) % 2000) DAY), DATE '2026-10-15')
    WHEN status = 'revoked'
      THEN LEAST(GREATEST(remedy_due + INTERVAL (30 + CRC32(CONCAT(id, 'e')) % 200) DAY,
                          DATE '2020-11-20' + INTERVAL (CRC32(CONCAT(id, 'e2')) % 2100) DAY), DATE '2026-10-15')
    WHEN status = 'expired' THEN permit_expires_on
  END
WHERE id > 24;

UPDATE pgen SET
  end_doc_on = IF(status = 'expired', end_on + INTERVAL (15 + CRC32(CONCAT(id, 'ed')) % 200) DAY, end_on),
  end_remedy_due = CASE WHEN status = 'suspended' THEN end_on + INTERVAL (180 + CRC32(CONCAT(id, 'er')) % 180) DAY
                        WHEN status = 'revoked' AND partial = 1 THEN end_on + INTERVAL (120 + CRC32(CONCAT(id, 'er')) % 240) DAY END,
  revocation = IF(status = 'revoked', IF(partial = 1, 'partial', 'whole'), NULL)
WHERE id > 24 AND end_on IS NOT NULL;
UPDATE pgen SET partial = (revocation = 'partial') WHERE id <= 24 AND revocation IS NOT NULL;

-- Size, money, land, authority.
UPDATE pgen p JOIN t_sec s ON s.sector = p.sector SET
  p.reg_usd = ROUND(s.cap_lo * POW(s.cap_hi / s.cap_lo, (CRC32(CONCAT(p.id, 'c')) % 1000) / 999), -4),
  p.land_orig = ROUND(s.land_lo * POW(s.land_hi / s.land_lo, (CRC32(CONCAT(p.id, 'l')) % 1000) / 999), 2)
WHERE p.id > 24;

UPDATE pgen SET
  disb_usd = ROUND(reg_usd * CASE status
      WHEN 'operating'    THEN 0.65 + (CRC32(CONCAT(id, 'g')) % 36) / 100
      WHEN 'construction' THEN 0.15 + (CRC32(CONCAT(id, 'g')) % 45) / 100
      WHEN 'approved'     THEN (CRC32(CONCAT(id, 'g')) % 8) / 100
      WHEN 'delayed'      THEN IF(started = 1, 0.20 + (CRC32(CONCAT(id, 'g')) % 30) / 100, (CRC32(CONCAT(id, 'g')) % 10) / 100)
      WHEN 'suspended'    THEN 0.40 + (CRC32(CONCAT(id, 'g')) % 50) / 100
      WHEN 'revoked'      THEN IF(partial = 1, 0.20 + (CRC32(CONCAT(id, 'g')) % 30) / 100, (CRC32(CONCAT(id, 'g')) % 12) / 100)
      ELSE 0 END, -3),
  land_before = IF(status = 'revoked', land_orig, NULL),
  land_ha = CASE WHEN status <> 'revoked' THEN land_orig
                 WHEN partial = 1 THEN ROUND(land_orig * (0.30 + (CRC32(CONCAT(id, 'la')) % 40) / 100), 2)
                 ELSE 0 END,
  authority = IF(reg_usd >= 250000000 OR (sector IN ('tourism','energy') AND reg_usd >= 120000000), 'central', 'province')
WHERE id > 24;

-- Names from the investor's template and the zone; a repeated name becomes a later phase.
UPDATE pgen p JOIN t_inv i ON i.id = p.investor_id
JOIN t_tpl t ON t.sector = p.sector AND t.v = CRC32(CONCAT('tpl', i.id)) % 3
JOIN t_zone z ON z.id = p.zone_id
SET p.name = CONCAT(REPLACE(t.vi, '{b}', i.brand), ' tại ', z.short_vi),
    p.name_en = CONCAT(REPLACE(t.en, '{b}', i.brand), ' in ', z.name_en)
WHERE p.id > 24;
UPDATE pgen p JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY name ORDER BY approved_on, id) AS rn FROM pgen) d
  ON d.id = p.id
SET p.name = CONCAT(p.name, ' (giai đoạn ', d.rn, ')'), p.name_en = CONCAT(p.name_en, ' (phase ', d.rn, ')')
WHERE d.rn > 1;

-- Reasons and remedies of generated events (COVID-19 only for delays of 2020-2022).
UPDATE pgen p JOIN t_reason r ON r.kind = 'delayed' AND r.v = CASE
    WHEN p.delay_on BETWEEN '2020-03-01' AND '2022-12-31' AND CRC32(CONCAT(p.id, 'rv')) % 3 = 0 THEN 3
    WHEN p.actual_start < p.delay_on THEN ELT(1 + CRC32(CONCAT(p.id, 'rw')) % 3, 0, 2, 4)
    ELSE ELT(1 + CRC32(CONCAT(p.id, 'rw')) % 3, 1, 4, 5) END
SET p.delay_reason = r.reason, p.delay_remedy = r.remedy
WHERE p.id > 24 AND p.delay_on IS NOT NULL;
UPDATE pgen p JOIN t_reason r
  ON r.kind = CASE p.status WHEN 'suspended' THEN 'suspended' WHEN 'expired' THEN 'expired'
                            ELSE IF(p.partial = 1, 'revoked_partial', 'revoked_whole') END
 AND r.v = CRC32(CONCAT(p.id, 're')) % CASE p.status WHEN 'suspended' THEN 4 WHEN 'expired' THEN 2
                                                    ELSE IF(p.partial = 1, 3, 4) END
SET p.end_reason = r.reason, p.end_remedy = r.remedy
WHERE p.id > 24 AND p.status IN ('suspended','revoked','expired');

-- Derived columns for all rows (showcase, infrastructure, generated).
UPDATE pgen p JOIN zones z ON z.id = p.zone_id JOIN t_inv i ON i.id = p.investor_id SET
  p.board_id = z.board_id, p.zkind = z.kind, p.developer = z.developer,
  p.currency = IF(i.country = 'VN', 'VND', 'USD'),
  p.is_secondary = (z.kind = 'kcn' AND p.sector <> 'infrastructure'),
  p.has_policy = (p.authority = 'central' OR p.reg_usd >= 40000000 OR p.sector = 'infrastructure'
                  OR p.status = 'expired' OR z.kind = 'kkt');
UPDATE pgen SET irc_on = CASE WHEN status = 'expired' THEN NULL
                              WHEN has_policy = 0 THEN approved_on
                              ELSE LEAST(approved_on + INTERVAL (10 + CRC32(CONCAT(id, 'irc')) % 40) DAY, DATE '2026-10-15',
                                         COALESCE(actual_start - INTERVAL 1 DAY, DATE '2099-12-31'),
                                         COALESCE(delay_on - INTERVAL 1 DAY, DATE '2099-12-31')) END;
-- The inspection conclusion (k = 7) is the basis of revocations, of inspected delays and of
-- suspensions (and of the review findings, 35_findings.sql).
UPDATE pgen SET
  has_k7 = (status IN ('revoked','suspended') OR COALESCE(delay_doc, '') = 'I'),
  insp_on = CASE WHEN delay_doc = 'I' THEN delay_on
                 WHEN status = 'suspended' THEN end_on - INTERVAL (20 + CRC32(CONCAT(id, 'in')) % 40) DAY END;

-- A partial revocation keeps the status in effect before it (that of the latest earlier
-- event: delayed on the same day comes before operating).
UPDATE pgen SET prev_status = CASE
    WHEN actual_operation IS NOT NULL AND actual_operation >= COALESCE(delay_on, actual_operation) THEN 'operating'
    WHEN delay_on IS NOT NULL THEN 'delayed'
    WHEN actual_start IS NOT NULL THEN 'construction'
    ELSE 'approved' END
WHERE revocation = 'partial';

-- ---------------------------------------------------------------------------------------
-- Status events in order: approved, construction, delayed, operating, then the final
-- suspension / revocation / expiry.
CREATE TEMPORARY TABLE t_ev (
  project_id INT, ord INT, status VARCHAR(12), effective_on DATE, reason VARCHAR(1000),
  remedy VARCHAR(1000), remedy_due DATE, revocation VARCHAR(8), land_before DECIMAL(10,2),
  land_after DECIMAL(10,2), doc_k INT
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
INSERT INTO t_ev
SELECT id, 1, 'approved', approved_on, NULL, NULL, NULL, NULL, NULL, NULL, IF(has_policy, 1, 2) FROM pgen
UNION ALL
SELECT id, 2, 'construction', actual_start, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM pgen WHERE actual_start IS NOT NULL
UNION ALL
SELECT id, 3, 'delayed', delay_on, delay_reason, delay_remedy, remedy_due, NULL, NULL, NULL, IF(delay_doc = 'I', 7, 6)
FROM pgen WHERE delay_on IS NOT NULL
UNION ALL
SELECT id, 4, 'operating', actual_operation, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM pgen WHERE actual_operation IS NOT NULL
UNION ALL
SELECT id, 5, COALESCE(prev_status, status), end_on, end_reason, end_remedy, end_remedy_due, revocation,
       IF(status = 'revoked', land_before, NULL), IF(status = 'revoked', land_ha, NULL), IF(status = 'suspended', 8, 9)
FROM pgen WHERE status IN ('suspended','revoked','expired');

INSERT INTO projects (id, zone_id, investor_id, sector, name, name_en, status, status_since, authority,
                      currency, registered_capital, disbursed_capital, registered_usd, disbursed_usd, land_ha,
                      approved_on, planned_start, actual_start, planned_operation, actual_operation,
                      permit_expires_on, delay_remedy_due, part_revoked_on, part_revoked_from_ha,
                      part_revoked_to_ha, is_secondary, is_sample, version, updated_at)
SELECT p.id, p.zone_id, p.investor_id, p.sector, p.name, p.name_en, COALESCE(p.prev_status, p.status),
       e.status_on, p.authority, p.currency,
       IF(p.currency = 'VND', ROUND(p.reg_usd * 24000, -9), p.reg_usd),
       IF(p.currency = 'VND', LEAST(ROUND(p.disb_usd * 24000, -8), ROUND(p.reg_usd * 24000, -9)), p.disb_usd),
       IF(p.currency = 'VND', ROUND(ROUND(p.reg_usd * 24000, -9) / 24000, 2), p.reg_usd),
       IF(p.currency = 'VND', ROUND(LEAST(ROUND(p.disb_usd * 24000, -8), ROUND(p.reg_usd * 24000, -9)) / 24000, 2), p.disb_usd),
       p.land_ha, p.approved_on, p.planned_start, p.actual_start, p.planned_operation, p.actual_operation,
       p.permit_expires_on, p.remedy_due, IF(p.revocation = 'partial', p.end_on, NULL),
       IF(p.revocation = 'partial', p.land_before, NULL), IF(p.revocation = 'partial', p.land_ha, NULL),
       p.is_secondary, 1, 1, TIMESTAMP(e.last_on, '16:30:00')
FROM pgen p JOIN (SELECT project_id, MAX(effective_on) AS last_on,
                         MAX(IF(revocation <=> 'partial', NULL, effective_on)) AS status_on
                  FROM t_ev GROUP BY project_id) e ON e.project_id = p.id
ORDER BY p.id;

-- ---------------------------------------------------------------------------------------
-- Legal documents (id = project_id * 10 + k).
INSERT INTO legal_documents (id, project_id, zone_id, doc_type, number, issued_on, issuer, title, url, is_sample)
SELECT d.id, d.pid, NULL, d.doc_type, d.number, d.issued_on, d.issuer, d.title, NULL, 1
FROM (
  SELECT id * 10 + 1 AS id, id AS pid, 'policy_decision' AS doc_type,
         CASE WHEN status = 'expired' THEN '/UBND-QH'
              WHEN authority = 'central' THEN '/QĐ-TTg'
              ELSE '/QĐ-UBND' END AS number,
         approved_on AS issued_on,
         IF(authority = 'central' AND status <> 'expired', 'Thủ tướng Chính phủ', 'UBND tỉnh Quảng Ninh') AS issuer,
         IF(status = 'expired', CONCAT('Văn bản chấp thuận chủ trương cho nghiên cứu lập quy hoạch dự án ', name),
                                CONCAT('Quyết định chủ trương đầu tư dự án ', name)) AS title
  FROM pgen WHERE has_policy = 1
  UNION ALL
  SELECT id * 10 + 2, id, 'investment_certificate',
         CONCAT(IF(board_id = 2, '86', '22'), LPAD(CRC32(CONCAT(id, 'k2')) % 100000000, 8, '0')), irc_on,
         IF(board_id = 2, 'Ban Quản lý KKT Vân Đồn', 'Ban Quản lý các KKT tỉnh Quảng Ninh'),
         CONCAT('Giấy chứng nhận đăng ký đầu tư dự án ', name)
  FROM pgen WHERE status <> 'expired'
  UNION ALL
  SELECT id * 10 + 3, id, 'land_lease',
         IF(zkind = 'kcn' AND is_secondary = 1,
            CONCAT('/', YEAR(GREATEST(irc_on, actual_start - INTERVAL (20 + CRC32(CONCAT(id, 'k3d')) % 60) DAY)), '/HĐTLĐ'),
            '/QĐ-UBND'),
         GREATEST(irc_on, actual_start - INTERVAL (20 + CRC32(CONCAT(id, 'k3d')) % 60) DAY),
         IF(zkind = 'kcn' AND is_secondary = 1, developer, 'UBND tỉnh Quảng Ninh'),
         IF(zkind = 'kcn' AND is_secondary = 1, CONCAT('Hợp đồng thuê lại đất thực hiện dự án ', name),
                                                CONCAT('Quyết định cho thuê đất thực hiện dự án ', name))
  FROM pgen WHERE actual_start IS NOT NULL
  UNION ALL
  SELECT id * 10 + 4, id, 'environment_approval',
         CASE WHEN authority = 'central' THEN '/QĐ-BTNMT'
              WHEN is_secondary = 1 THEN IF(board_id = 2, '/QĐ-BQLKKTVĐ', '/QĐ-BQLKKT')
              ELSE '/QĐ-UBND' END,
         GREATEST(irc_on, actual_start - INTERVAL (10 + CRC32(CONCAT(id, 'k4d')) % 50) DAY),
         CASE WHEN authority = 'central' THEN 'Bộ Tài nguyên và Môi trường'
              WHEN is_secondary = 1 THEN IF(board_id = 2, 'Ban Quản lý KKT Vân Đồn', 'Ban Quản lý các KKT tỉnh Quảng Ninh')
              ELSE 'UBND tỉnh Quảng Ninh' END,
         CONCAT('Quyết định phê duyệt báo cáo đánh giá tác động môi trường dự án ', name)
  FROM pgen WHERE actual_start IS NOT NULL AND reg_usd >= 5000000
  UNION ALL
  SELECT id * 10 + 5, id, 'construction_permit',
         '/GPXD',
         GREATEST(irc_on, actual_start - INTERVAL (3 + CRC32(CONCAT(id, 'k5d')) % 25) DAY),
         IF(board_id = 2, 'Ban Quản lý KKT Vân Đồn', 'Ban Quản lý các KKT tỉnh Quảng Ninh'),
         CONCAT('Giấy phép xây dựng công trình thuộc dự án ', name)
  FROM pgen WHERE actual_start IS NOT NULL
  UNION ALL
  SELECT id * 10 + 6, id, 'delay_decision',
         IF(authority = 'province' AND is_secondary = 1,
            IF(board_id = 2, '/QĐ-BQLKKTVĐ', '/QĐ-BQLKKT'),
            '/QĐ-UBND'),
         delay_on,
         IF(authority = 'province' AND is_secondary = 1,
            IF(board_id = 2, 'Ban Quản lý KKT Vân Đồn', 'Ban Quản lý các KKT tỉnh Quảng Ninh'), 'UBND tỉnh Quảng Ninh'),
         CONCAT('Quyết định xử lý chậm tiến độ và điều chỉnh tiến độ thực hiện dự án ', name)
  FROM pgen WHERE delay_on IS NOT NULL AND delay_doc = 'D'
  UNION ALL
  SELECT id * 10 + 7, id, 'inspection_conclusion',
         '/KL-TTr', insp_on, 'Thanh tra tỉnh Quảng Ninh',
         CONCAT('Kết luận thanh tra việc chấp hành pháp luật về đầu tư, đất đai, xây dựng và môi trường tại dự án ', name)
  FROM pgen WHERE has_k7 = 1
  UNION ALL
  SELECT id * 10 + 8, id, 'suspension_decision',
         IF(authority = 'province' AND is_secondary = 1,
            IF(board_id = 2, '/QĐ-BQLKKTVĐ', '/QĐ-BQLKKT'),
            '/QĐ-UBND'),
         end_on,
         IF(authority = 'province' AND is_secondary = 1,
            IF(board_id = 2, 'Ban Quản lý KKT Vân Đồn', 'Ban Quản lý các KKT tỉnh Quảng Ninh'), 'UBND tỉnh Quảng Ninh'),
         CONCAT('Quyết định ngừng hoạt động dự án ', name)
  FROM pgen WHERE status = 'suspended'
  UNION ALL
  SELECT id * 10 + 9, id, IF(status = 'expired', 'other', 'revocation_decision'),
         CASE WHEN status = 'expired' THEN '/TB-UBND'
              WHEN partial = 0 AND authority = 'province' AND is_secondary = 1
                THEN IF(board_id = 2, '/QĐ-BQLKKTVĐ', '/QĐ-BQLKKT')
              ELSE '/QĐ-UBND' END,
         end_doc_on,
         IF(partial = 0 AND status = 'revoked' AND authority = 'province' AND is_secondary = 1,
            IF(board_id = 2, 'Ban Quản lý KKT Vân Đồn', 'Ban Quản lý các KKT tỉnh Quảng Ninh'), 'UBND tỉnh Quảng Ninh'),
         CASE WHEN status = 'expired'
                THEN CONCAT('Thông báo chấm dứt hiệu lực chủ trương nghiên cứu quy hoạch, không gia hạn đối với dự án ', name)
              WHEN revocation = 'partial'
                THEN CONCAT('Quyết định thu hồi một phần diện tích đất và điều chỉnh quy mô dự án ', name)
              ELSE CONCAT('Quyết định chấm dứt hoạt động dự án ', name) END
  FROM pgen WHERE status IN ('revoked','expired')
) d
ORDER BY d.id;

-- Document numbers: the documents above carry only the suffix ('/QĐ-UBND', ...). Numbers
-- grow through the year as real registers do: (day of year - 1) * R + 1 + a hashed slot
-- below R, R being the issuer's daily volume; distinct per issuer, suffix and year.
UPDATE legal_documents d
JOIN (SELECT y.id, (DAYOFYEAR(y.issued_on) - 1) * y.r + 1 + (CRC32(CONCAT(y.number, y.issuer, y.issued_on)) + y.rn - 1) % y.r AS n
      FROM (SELECT id, number, issuer, issued_on,
                   ROW_NUMBER() OVER (PARTITION BY number, issuer, issued_on ORDER BY id) AS rn,
                   CASE WHEN number LIKE '%/QĐ-UBND' OR number LIKE '%/UBND-QH' THEN 12
                        WHEN number LIKE '%/QĐ-BTNMT' THEN 8 WHEN number LIKE '%/QĐ-TTg' THEN 5 ELSE 3 END AS r
            FROM legal_documents WHERE number LIKE '/%') y) x ON x.id = d.id
SET d.number = CONCAT(IF(d.number LIKE '%HĐTLĐ', LPAD(x.n, 3, '0'), x.n), d.number);

INSERT INTO project_status_events (id, project_id, status, effective_on, reason, remedy, remedy_due, revocation,
                                   land_ha_before, land_ha_after, document_id)
SELECT ROW_NUMBER() OVER (ORDER BY project_id, effective_on, ord), project_id, status, effective_on, reason,
       remedy, remedy_due, revocation, land_before, land_after,
       IF(doc_k IS NULL, NULL, project_id * 10 + doc_k)
FROM t_ev ORDER BY project_id, effective_on, ord;

DROP TEMPORARY TABLE IF EXISTS t_inv, t_zone, t_zs, t_quota, t_zp, t_sec, t_tpl, t_reason, pgen, t_ev;
