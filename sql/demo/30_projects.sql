-- Demo data 30: investors, projects, legal documents, status events.
-- ALL OF IT IS SAMPLE DATA (is_sample = 1): investor names are fictional, figures and
-- document numbers are invented. Data cut-off: 2026-10-31 (no event after 2026-10-15).
--
-- Exchange rate: projects of Vietnamese investors are registered in VND and converted at a
-- fixed 24,000 VND per USD (registered_usd = registered_capital / 24000); foreign investors
-- register in USD.
--
-- How it is built: a temporary table pgen holds one row per project with everything the
-- record needs (dates of each milestone, delay/suspension/revocation details). Rows 1-12
-- are hand-written showcase projects, 13-24 the infrastructure projects of the KCNs, and
-- 25-300 are generated from seed tables with CRC32 of the row id as deterministic
-- pseudo-randomness. Projects, documents and events are then all derived from pgen, so
-- they agree with each other by construction (review findings follow in 35_findings.sql).
-- This file makes the investors and the seed tables; 31_projects_built.sql builds pgen and
-- the records from them.
-- Resulting decisions (300 projects): operating 135, construction 44, approved 26,
-- delayed 56, suspended 8, revoked 20, expired 11 — of the revoked, 7 partly (area reduced):
-- a partial revocation keeps the status the project had (migration 014), so those 7 are
-- listed with that status (delayed) and the mark of the land they lost.
-- is_secondary = 1 for tenant projects inside a KCN; 0 for KCN infrastructure projects and
-- for projects located directly in a KKT (outside any KCN).
-- Document ids are project_id * 10 + k: 1 policy decision, 2 investment registration
-- certificate, 3 land lease, 4 environmental approval, 5 construction permit, 6 delay
-- decision, 7 inspection conclusion, 8 suspension decision, 9 revocation decision / expiry
-- notice.

DROP TEMPORARY TABLE IF EXISTS t_inv, t_zone, t_zs, t_quota, t_zp, t_sec, t_tpl, t_reason, pgen, t_ev;

-- Investors 1-108 (1-12 are the showcase investors); 109-120 are the KCN developers, taken
-- from zones.developer. brand = the short name used in project names.
CREATE TEMPORARY TABLE t_inv (
  id INT PRIMARY KEY, country CHAR(2) NOT NULL, sector VARCHAR(40) NOT NULL,
  brand VARCHAR(80) NULL, name VARCHAR(250) NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

INSERT INTO t_inv VALUES
(  1,'SG','tourism','Coralwind','Coralwind Holdings Pte. Ltd.'), (  2,'CN','textile','Jinluofeng','Công ty TNHH Dệt sợi Jinluofeng Việt Nam'),
(  3,'VN','logistics','Vịnh Lam','Công ty cổ phần Logistics Vịnh Lam'), (  4,'HK','logistics','Quenlow','Quenlow Trading Company Limited'),
(  5,'VN','materials','Thạch Lan Phú','Công ty cổ phần Vật liệu xây dựng Thạch Lan Phú'), (  6,'VN','tourism','Bích Hải Vân','Công ty cổ phần Đầu tư du lịch Bích Hải Vân'),
(  7,'JP','electronics','Tsukimori','Tsukimori Denshi Vietnam Co., Ltd.'), (  8,'KR','manufacturing','Gaeul','Gaeul Sanup Vina Co., Ltd.'),
(  9,'TW','textile','Hsinliao','Công ty TNHH Nhuộm Hsinliao Việt Nam'), ( 10,'US','energy','Solvanta','Solvanta Energy Holdings LLC'),
( 11,'VN','food','Cồn Mây','Công ty cổ phần Thủy sản Cồn Mây'), ( 12,'KR','electronics','Seolbit','Seolbit Electronics Vina Co., Ltd.'),
( 13,'VN','textile','Lam Khê','Công ty cổ phần Dệt may Lam Khê'), ( 14,'VN','textile','Sơn Bích','Công ty TNHH May mặc Sơn Bích'),
( 15,'VN','logistics','Tân Hà Vận','Công ty cổ phần Tiếp vận Tân Hà Vận'), ( 16,'VN','logistics','Kỳ Lân Biển','Công ty cổ phần Kho vận Kỳ Lân Biển'),
( 17,'VN','energy','Phong Điền Lục','Công ty cổ phần Năng lượng Phong Điền Lục'), ( 18,'VN','tourism','Thanh Lam Đảo','Công ty cổ phần Du lịch Thanh Lam Đảo'),
( 19,'VN','tourism','Bãi Sứ Xanh','Công ty TNHH Dịch vụ nghỉ dưỡng Bãi Sứ Xanh'), ( 20,'VN','tourism','Hải Thiên Mộc','Công ty cổ phần Đầu tư du lịch Hải Thiên Mộc'),
( 21,'VN','manufacturing','Đông Lĩnh Thạch','Công ty cổ phần Cơ khí Đông Lĩnh Thạch'), ( 22,'VN','manufacturing','Hòa Kỳ Mộc','Công ty TNHH Đồ gỗ Hòa Kỳ Mộc'),
( 23,'VN','manufacturing','Bình Sa Lâm','Công ty cổ phần Kết cấu thép Bình Sa Lâm'), ( 24,'VN','materials','Đá Vân Khê','Công ty cổ phần Vật liệu Đá Vân Khê'),
( 25,'VN','materials','Hoành Sơn Lục','Công ty TNHH Gạch không nung Hoành Sơn Lục'), ( 26,'VN','materials','Bắc Hải Minh','Công ty cổ phần Kính xây dựng Bắc Hải Minh'),
( 27,'VN','food','Hạ Mi Đông','Công ty cổ phần Thực phẩm Hạ Mi Đông'), ( 28,'VN','food','Cồn Sò Vàng','Công ty TNHH Thủy sản Cồn Sò Vàng'),
( 29,'VN','food','Lúa Mây','Công ty cổ phần Chế biến nông sản Lúa Mây'), ( 30,'VN','other','Trúc Khê An','Công ty cổ phần Bao bì Trúc Khê An'),
( 31,'VN','other','Thanh Tâm Lục','Công ty TNHH Tái chế Thanh Tâm Lục'), ( 32,'VN','other','An Vạn Thư','Công ty cổ phần In và Bao bì An Vạn Thư'),
( 33,'VN','electronics','Lạc Hồng Vân','Công ty cổ phần Điện tử Lạc Hồng Vân'), ( 34,'VN','electronics','Kim Trạch','Công ty cổ phần Thiết bị điện Kim Trạch'),
( 35,'VN','logistics','Bến Lục Hải','Công ty cổ phần Cảng Bến Lục Hải'), ( 36,'VN','logistics','Vạn Ninh Cát','Công ty TNHH Logistics Vạn Ninh Cát'),
( 37,'VN','manufacturing','Phú Lạc Diên','Công ty cổ phần Phụ tùng ô tô Phú Lạc Diên'), ( 38,'VN','manufacturing','Tràng Hải Nam','Công ty TNHH Cơ khí chính xác Tràng Hải Nam'),
( 39,'VN','textile','Mai Dương Tơ','Công ty cổ phần Sợi Mai Dương Tơ'), ( 40,'VN','food','Hải Vân Sa','Công ty cổ phần Thức ăn chăn nuôi Hải Vân Sa'),
( 41,'VN','energy','Đông Hải Lam','Công ty cổ phần Điện khí Đông Hải Lam'), ( 42,'VN','tourism','Tiên Sa Bắc','Công ty cổ phần Du lịch Tiên Sa Bắc'),
( 43,'VN','materials','Hồng Thạch Sa','Công ty cổ phần Vật liệu Hồng Thạch Sa'), ( 44,'VN','other','Thảo Lâm Khải','Công ty cổ phần Dược liệu Thảo Lâm Khải'),
( 45,'VN','manufacturing','Mộc Lan Đình','Công ty cổ phần Nội thất Mộc Lan Đình'), ( 46,'VN','logistics','Sóng Lục Hà','Công ty cổ phần Vận tải biển Sóng Lục Hà'),
( 47,'VN','other','Ánh Bắc Việt','Công ty cổ phần Dây và cáp điện Ánh Bắc Việt'), ( 48,'VN','food','Ngư Phúc Lâm','Công ty TNHH Thực phẩm Ngư Phúc Lâm'),
( 49,'CN','textile','Lanxiu','Công ty TNHH Dệt sợi Lanxiu Việt Nam'), ( 50,'CN','textile','Tianxuan','Công ty TNHH Vải không dệt Tianxuan (Việt Nam)'),
( 51,'CN','textile','Ruoshan','Công ty TNHH May mặc Ruoshan Việt Nam'), ( 52,'CN','textile','Qingmiao','Công ty TNHH Khoa học kỹ thuật dệt Qingmiao Việt Nam'),
( 53,'CN','electronics','Xinluo','Công ty TNHH Điện tử Xinluo Việt Nam'), ( 54,'CN','electronics','Hongyue','Công ty TNHH Công nghệ Hongyue (Việt Nam)'),
( 55,'CN','electronics','Zhuoyin','Công ty TNHH Linh kiện Zhuoyin Việt Nam'), ( 56,'CN','manufacturing','Kaifu','Công ty TNHH Cơ khí Kaifu Việt Nam'),
( 57,'CN','manufacturing','Jiandao','Công ty TNHH Lốp xe Jiandao Việt Nam'), ( 58,'CN','manufacturing','Mingqiao','Công ty TNHH Đồ gia dụng Mingqiao Việt Nam'),
( 59,'CN','materials','Shuangyan','Công ty TNHH Gốm sứ Shuangyan Việt Nam'), ( 60,'CN','materials','Haoteng','Công ty TNHH Vật liệu mới Haoteng Việt Nam'),
( 61,'CN','logistics','Dongbian','Công ty TNHH Thương mại và Kho vận Dongbian'), ( 62,'CN','food','Yuhe','Công ty TNHH Thực phẩm Yuhe Việt Nam'),
( 63,'CN','energy','Guangyao','Công ty TNHH Năng lượng mới Guangyao Việt Nam'), ( 64,'CN','other','Lvjing','Công ty TNHH Bảo vệ môi trường Lvjing Việt Nam'),
( 65,'CN','tourism','Songxia','Công ty TNHH Du lịch Songxia'), ( 66,'CN','other','Jiuchen','Công ty TNHH Đóng gói Jiuchen Việt Nam'),
( 67,'JP','electronics','Kazemori','Kazemori Denshi Vietnam Co., Ltd.'), ( 68,'JP','electronics','Hanamizu','Hanamizu Electric Vietnam Co., Ltd.'),
( 69,'JP','manufacturing','Oboro','Oboro Kogyo Vietnam Co., Ltd.'), ( 70,'JP','manufacturing','Shirakane','Shirakane Seiki Vietnam Co., Ltd.'),
( 71,'JP','food','Umikaze','Umikaze Foods Vietnam Co., Ltd.'), ( 72,'JP','other','Kirinoha','Kirinoha Packaging Vietnam Co., Ltd.'),
( 73,'JP','logistics','Minatoya','Minatoya Logistics Vietnam Co., Ltd.'), ( 74,'JP','textile','Itomiya','Itomiya Textile Vietnam Co., Ltd.'),
( 75,'JP','materials','Tsuchibe','Tsuchibe Ceramics Vietnam Co., Ltd.'), ( 76,'KR','electronics','Nuriseon','Nuriseon Electronics Vina Co., Ltd.'),
( 77,'KR','electronics','Dasomtech','Dasomtech Vina Co., Ltd.'), ( 78,'KR','electronics','Bomnal','Bomnal Display Vina Co., Ltd.'),
( 79,'KR','manufacturing','Sanbyeol','Sanbyeol Auto Parts Vina Co., Ltd.'), ( 80,'KR','manufacturing','Gureum','Gureum Machinery Vina Co., Ltd.'),
( 81,'KR','textile','Sirut','Sirut Fashion Vina Co., Ltd.'), ( 82,'KR','materials','Dolmaru','Dolmaru Materials Vina Co., Ltd.'),
( 83,'KR','food','Badatgil','Badatgil Seafood Vina Co., Ltd.'), ( 84,'KR','other','Hwalro','Hwalro Medical Vina Co., Ltd.'),
( 85,'KR','energy','Haetsal','Haetsal Energy Vina Co., Ltd.'), ( 86,'KR','manufacturing','Jangdok','Jangdok Industrial Vina Co., Ltd.'),
( 87,'SG','tourism','Palmquay','Palmquay Hospitality Pte. Ltd.'), ( 88,'SG','logistics','Strandbridge','Strandbridge Logistics Pte. Ltd.'),
( 89,'SG','electronics','Quorvel','Quorvel Microsystems Pte. Ltd.'), ( 90,'SG','manufacturing','Tembline','Tembline Engineering Pte. Ltd.'),
( 91,'SG','tourism','Sentavio','Sentavio Resorts Pte. Ltd.'), ( 92,'TW','textile','Chiaofeng','Công ty TNHH Chiaofeng Textile Việt Nam'),
( 93,'TW','electronics','Hsuanmei','Công ty TNHH Điện tử Hsuanmei Việt Nam'), ( 94,'TW','manufacturing','Kuanghsin','Công ty TNHH Kuanghsin Industrial Việt Nam'),
( 95,'TW','food','Peichia','Công ty TNHH Thực phẩm Peichia Việt Nam'), ( 96,'TW','other','Linyao','Công ty TNHH Vật tư y tế Linyao Việt Nam'),
( 97,'HK','textile','Kowlane','Kowlane Garments (Hong Kong) Limited'), ( 98,'HK','tourism','Harvista','Harvista Leisure Holdings Limited'),
( 99,'HK','logistics','Tsingmar','Tsingmar Freight Limited'), (100,'US','electronics','Corvane','Corvane Technologies Inc.'),
(101,'DE','manufacturing','Auenwald','Auenwald Maschinenbau GmbH'), (102,'FR','tourism','Belmarée','Belmarée Hôtels SAS'),
(103,'GB','energy','Thornwick','Thornwick Renewables Ltd'), (104,'TH','food','Chaiwana','Chaiwana Agro Foods Co., Ltd.'),
(105,'MY','materials','Permatagah','Permatagah Building Products Sdn. Bhd.'), (106,'NL','logistics','Veldhaven','Veldhaven Logistics B.V.'),
(107,'AU','other','Wattlebrook','Wattlebrook Recycling Pty Ltd'), (108,'VG','other','Silverlagoon','Silverlagoon Capital Ltd.');

INSERT INTO t_inv (id, country, sector, brand, name)
SELECT z.id + 103,
       CASE z.slug WHEN 'bac-tien-phong' THEN 'JP' WHEN 'dam-nha-mac' THEN 'SG'
                   WHEN 'texhong-hai-ha' THEN 'HK' WHEN 'phuong-nam' THEN 'KR' ELSE 'VN' END,
       'infrastructure', NULL, z.developer
FROM zones z WHERE z.kind = 'kcn' AND z.developer IS NOT NULL;

INSERT INTO investors (id, name, country, is_sample)
SELECT id, name, country, 1 FROM t_inv ORDER BY id;

-- Zones as seen by the generator: short Vietnamese name for project names, board, etc.
CREATE TEMPORARY TABLE t_zone (
  id INT PRIMARY KEY, short_vi VARCHAR(200), name_en VARCHAR(200)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
INSERT INTO t_zone
SELECT id, REPLACE(REPLACE(name, 'Khu công nghiệp ', 'KCN '), 'Khu kinh tế ', 'KKT '), name_en FROM zones;

-- Which sectors settle in which zone, with weights (zone id: sector weights).
CREATE TEMPORARY TABLE t_zs (zone_id INT, sector VARCHAR(40), w INT)
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
INSERT INTO t_zs VALUES
( 1,'tourism',10),( 1,'food',3),( 1,'logistics',2),( 1,'energy',1),( 1,'other',1),( 1,'manufacturing',1),
( 2,'logistics',2),( 2,'energy',2),( 2,'tourism',1),( 2,'materials',1),
( 3,'logistics',6),( 3,'tourism',4),( 3,'food',2),( 3,'other',2),( 3,'materials',1),( 3,'textile',1),
( 4,'logistics',2),( 4,'food',1),( 4,'tourism',1),( 4,'materials',1),
( 5,'logistics',2),( 5,'materials',1),( 5,'food',1),
( 6,'logistics',4),( 6,'manufacturing',4),( 6,'materials',3),( 6,'food',3),( 6,'other',2),( 6,'energy',1),
( 7,'manufacturing',4),( 7,'materials',3),( 7,'electronics',2),( 7,'food',2),( 7,'other',2),
( 8,'manufacturing',4),( 8,'electronics',3),( 8,'materials',2),( 8,'textile',1),( 8,'other',2),( 8,'food',1),
( 9,'textile',4),( 9,'food',3),( 9,'manufacturing',2),( 9,'electronics',2),( 9,'logistics',2),( 9,'other',1),
(10,'electronics',4),(10,'manufacturing',4),(10,'textile',2),(10,'energy',1),(10,'other',1),(10,'food',1),
(11,'electronics',4),(11,'manufacturing',3),(11,'energy',2),(11,'logistics',2),(11,'materials',1),(11,'other',1),
(12,'electronics',3),(12,'manufacturing',3),(12,'energy',1),(12,'logistics',1),(12,'textile',1),
(13,'logistics',2),(13,'energy',2),(13,'manufacturing',2),(13,'materials',1),
(14,'textile',8),(14,'manufacturing',2),(14,'logistics',1),(14,'other',1),(14,'energy',1),
(15,'textile',1),(15,'manufacturing',2),(15,'electronics',1),
(16,'electronics',2),(16,'manufacturing',2),(16,'other',1);

-- Status quotas of the 276 generated projects (by rank of a hash of the row id), with the
-- window of approval dates for each status and whether the zone must be operating.
CREATE TEMPORARY TABLE t_quota (status VARCHAR(12) PRIMARY KEY, r_lo INT, r_hi INT,
                                a_lo DATE, a_hi DATE, need_op TINYINT)
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
INSERT INTO t_quota VALUES
('operating',      1, 124, '2012-01-01', '2022-12-31', 1),
('construction', 125, 165, '2021-06-01', '2025-06-30', 0),
('approved',     166, 189, '2025-01-01', '2026-09-30', 0),
('delayed',      190, 241, '2013-01-01', '2022-06-30', 0),
('suspended',    242, 248, '2014-01-01', '2020-06-30', 1),
('revoked',      249, 266, '2012-01-01', '2019-12-31', 0),  -- 249-254: partial revocation
('expired',      267, 276, '2012-01-01', '2017-12-31', 0);

-- Cumulative zone weights per (status, sector), for weighted picking.
CREATE TEMPORARY TABLE t_zp AS
SELECT q.status, s.sector, s.zone_id,
       SUM(s.w) OVER (PARTITION BY q.status, s.sector ORDER BY s.zone_id) - s.w AS lo,
       SUM(s.w) OVER (PARTITION BY q.status, s.sector ORDER BY s.zone_id) AS hi,
       SUM(s.w) OVER (PARTITION BY q.status, s.sector) AS tot
FROM t_quota q JOIN t_zs s JOIN zones z ON z.id = s.zone_id
WHERE (z.status = 'operating' OR (q.need_op = 0 AND z.status = 'construction'))
  AND z.established_on <= q.a_hi - INTERVAL 150 DAY;

-- Size of projects per sector: capital (USD) and land (ha), drawn log-uniformly.
CREATE TEMPORARY TABLE t_sec (sector VARCHAR(40) PRIMARY KEY, cap_lo DOUBLE, cap_hi DOUBLE,
                              land_lo DOUBLE, land_hi DOUBLE)
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
INSERT INTO t_sec VALUES
('textile', 8e6, 250e6, 3, 40), ('electronics', 5e6, 300e6, 2, 30),
('logistics', 3e6, 150e6, 2, 60), ('energy', 20e6, 600e6, 5, 80),
('tourism', 10e6, 900e6, 5, 250), ('manufacturing', 3e6, 120e6, 1, 25),
('materials', 3e6, 80e6, 2, 35), ('food', 2e6, 50e6, 1, 12), ('other', 1e6, 40e6, 0.5, 8);

-- Project name templates ({b} = investor brand); each investor uses one variant.
CREATE TEMPORARY TABLE t_tpl (sector VARCHAR(40), v INT, vi VARCHAR(200), en VARCHAR(200))
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
INSERT INTO t_tpl VALUES
('textile',0,'Nhà máy sợi {b}','{b} Spinning Mill'), ('textile',1,'Nhà máy dệt nhuộm {b}','{b} Weaving and Dyeing Plant'), ('textile',2,'Nhà máy may mặc {b}','{b} Garment Factory'),
('electronics',0,'Nhà máy linh kiện điện tử {b}','{b} Electronic Components Plant'), ('electronics',1,'Nhà máy sản xuất bảng mạch in {b}','{b} Printed Circuit Board Plant'), ('electronics',2,'Nhà máy thiết bị điện và điện tử {b}','{b} Electrical and Electronic Equipment Plant'),
('logistics',0,'Trung tâm logistics {b}','{b} Logistics Centre'), ('logistics',1,'Kho ngoại quan {b}','{b} Bonded Warehouse'), ('logistics',2,'Cảng cạn và bãi container {b}','{b} Inland Container Depot'),
('energy',0,'Nhà máy sản xuất thiết bị năng lượng tái tạo {b}','{b} Renewable Energy Equipment Plant'), ('energy',1,'Nhà máy sản xuất pin lưu trữ năng lượng {b}','{b} Energy Storage Battery Plant'), ('energy',2,'Kho và trạm cấp khí hóa lỏng {b}','{b} LNG Storage and Supply Terminal'),
('tourism',0,'Khu nghỉ dưỡng {b}','{b} Resort'), ('tourism',1,'Khu du lịch sinh thái {b}','{b} Eco-tourism Area'), ('tourism',2,'Tổ hợp khách sạn, thương mại và dịch vụ {b}','{b} Hotel, Retail and Services Complex'),
('manufacturing',0,'Nhà máy cơ khí chính xác {b}','{b} Precision Engineering Plant'), ('manufacturing',1,'Nhà máy phụ tùng ô tô {b}','{b} Automotive Parts Plant'), ('manufacturing',2,'Nhà máy sản xuất đồ gỗ nội thất {b}','{b} Furniture Factory'),
('materials',0,'Nhà máy vật liệu xây dựng {b}','{b} Building Materials Plant'), ('materials',1,'Nhà máy gạch không nung {b}','{b} Unfired Brick Plant'), ('materials',2,'Nhà máy bê tông đúc sẵn {b}','{b} Precast Concrete Plant'),
('food',0,'Nhà máy chế biến thủy sản {b}','{b} Seafood Processing Plant'), ('food',1,'Nhà máy chế biến thực phẩm {b}','{b} Food Processing Plant'), ('food',2,'Nhà máy thức ăn chăn nuôi {b}','{b} Animal Feed Mill'),
('other',0,'Nhà máy bao bì {b}','{b} Packaging Plant'), ('other',1,'Nhà máy tái chế phế liệu {b}','{b} Recycling Plant'), ('other',2,'Nhà máy vật tư y tế {b}','{b} Medical Supplies Plant');

-- Reasons and remedies of generated events.
CREATE TEMPORARY TABLE t_reason (kind VARCHAR(20), v INT, reason VARCHAR(1000), remedy VARCHAR(1000))
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
INSERT INTO t_reason VALUES
('delayed',0,'Chậm tiến độ xây dựng so với cam kết tại Giấy chứng nhận đăng ký đầu tư; nhà đầu tư gặp khó khăn trong thu xếp vốn.',
             'Nhà đầu tư bổ sung phương án tài chính, cam kết hoàn thành nhà xưởng giai đoạn 1; Ban Quản lý kiểm tra tiến độ hằng quý.'),
('delayed',1,'Chậm bàn giao mặt bằng do chưa hoàn thành bồi thường, giải phóng mặt bằng phần diện tích còn lại.',
             'Phối hợp với địa phương hoàn thành giải phóng mặt bằng; điều chỉnh tiến độ thực hiện dự án theo Luật Đầu tư.'),
('delayed',2,'Chậm tiến độ do điều chỉnh thiết kế, quy mô công suất; hồ sơ thiết kế điều chỉnh chưa được thẩm định.',
             'Hoàn thiện hồ sơ điều chỉnh dự án và thiết kế, trình cơ quan có thẩm quyền thẩm định.'),
('delayed',3,'Ảnh hưởng của dịch COVID-19: chuyên gia nước ngoài không nhập cảnh được, chuỗi cung ứng máy móc, thiết bị bị gián đoạn.',
             'Giãn tiến độ theo chính sách hỗ trợ doanh nghiệp; hoàn thành lắp đặt thiết bị và vận hành thử.'),
('delayed',4,'Chưa hoàn thành thủ tục về môi trường; vật liệu san lấp mặt bằng chưa có nguồn gốc hợp pháp.',
             'Hoàn thành thủ tục đánh giá tác động môi trường; chỉ sử dụng vật liệu san lấp từ mỏ được cấp phép.'),
('delayed',5,'Chậm đưa đất vào sử dụng: sau 12 tháng kể từ ngày nhận bàn giao đất chưa triển khai xây dựng.',
             'Gia hạn sử dụng đất 24 tháng theo Luật Đất đai; nhà đầu tư nộp khoản tiền tương ứng mức tiền thuê đất cho thời gian chậm tiến độ.'),
('suspended',0,'Vi phạm pháp luật về bảo vệ môi trường: xả nước thải vượt quy chuẩn kỹ thuật cho phép, tái phạm sau khi đã bị xử phạt. Ngừng hoạt động theo Điều 47 Luật Đầu tư.',
               'Cải tạo hệ thống xử lý nước thải, lắp đặt quan trắc tự động; chỉ hoạt động trở lại khi được cơ quan có thẩm quyền kiểm tra, chấp thuận.'),
('suspended',1,'Vi phạm nghiêm trọng quy định về phòng cháy, chữa cháy: đưa công trình vào sử dụng khi chưa được nghiệm thu. Ngừng hoạt động theo Điều 47 Luật Đầu tư.',
               'Hoàn thiện hệ thống phòng cháy, chữa cháy và hồ sơ nghiệm thu theo quy định.'),
('suspended',2,'Nhà đầu tư đề nghị ngừng hoạt động dự án do khó khăn tài chính, thị trường tiêu thụ sụt giảm.',
               'Nhà đầu tư báo cáo phương án tái cơ cấu và thời điểm hoạt động trở lại.'),
('suspended',3,'Sử dụng vật liệu san lấp và chất thải rắn không rõ nguồn gốc để tôn nền, vi phạm pháp luật về khoáng sản và bảo vệ môi trường.',
               'Bóc dỡ, xử lý toàn bộ vật liệu san lấp trái phép; nộp phạt và phục hồi môi trường.'),
('revoked_whole',0,'Chấm dứt hoạt động dự án theo Điều 48 Luật Đầu tư: dự án chậm tiến độ quá 12 tháng, không khắc phục sau khi đã bị xử phạt và được điều chỉnh tiến độ.',NULL),
('revoked_whole',1,'Thu hồi đất do không đưa đất vào sử dụng quá 24 tháng so với tiến độ ghi trong dự án đầu tư, theo Luật Đất đai; chấm dứt hoạt động dự án.',NULL),
('revoked_whole',2,'Nhà đầu tư không còn hoạt động tại địa chỉ đăng ký, không thực hiện chế độ báo cáo và không liên lạc được; chấm dứt hoạt động dự án.',NULL),
('revoked_whole',3,'Vi phạm pháp luật đất đai, bảo vệ môi trường và khoáng sản (san lấp trái phép, sử dụng đất sai mục đích); thu hồi toàn bộ diện tích, chấm dứt hoạt động dự án.',NULL),
('revoked_partial',0,'Thu gọn diện tích dự án: thu hồi phần diện tích chưa triển khai do chậm đưa đất vào sử dụng, gây lãng phí nguồn lực đất đai.',
                     'Nhà đầu tư tiếp tục thực hiện dự án trên phần diện tích còn lại; bàn giao phần đất bị thu hồi trong 60 ngày.'),
('revoked_partial',1,'Thu hồi một phần diện tích do vi phạm pháp luật khoáng sản: khai thác đất, cát san lấp trái phép trong ranh giới dự án.',
                     'Phục hồi hiện trạng phần đất bị thu hồi; điều chỉnh Giấy chứng nhận đăng ký đầu tư theo quy mô mới.'),
('revoked_partial',2,'Điều chỉnh giảm quy mô dự án theo kết quả rà soát quy hoạch, đất đai; phần diện tích không phù hợp quy hoạch bị thu hồi.',
                     'Nhà đầu tư điều chỉnh dự án theo quy mô mới và hoàn thành xây dựng trên phần diện tích còn lại.'),
('expired',0,'Hết thời hạn của văn bản chấp thuận chủ trương cho nghiên cứu lập quy hoạch; nhà đầu tư chưa trình quy hoạch chi tiết. Tỉnh không gia hạn.',NULL),
('expired',1,'Hết thời hạn thực hiện theo văn bản chấp thuận chủ trương; dự án chưa được giao đất, chưa triển khai. Không gia hạn theo chỉ đạo rà soát các dự án trong KCN, KKT.',NULL);
