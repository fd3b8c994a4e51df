-- Demo data 20: the site, the management boards, the zones and their occupancy.
-- Zone names are real; every figure of a zone (hectares, developer, location, coordinates,
-- dates, status) is illustrative (is_sample = 1). Board addresses, phones and e-mails are
-- placeholders (example.vn, 555 numbers). Developers are fictional companies.
-- The one province-wide fill rate (37.6 % on 26/10/2020) comes from the source article and
-- is not sample data.

INSERT INTO site (id, province_id, title, title_en, publisher, publisher_en, contact_email)
SELECT 1, id,
       'Minh bạch đầu tư các KCN, KKT tỉnh Quảng Ninh',
       'Investment transparency in the industrial parks and economic zones of Quang Ninh province',
       'Ban Quản lý các Khu kinh tế tỉnh Quảng Ninh và Ban Quản lý Khu kinh tế Vân Đồn',
       'Quang Ninh Economic Zones Authority and Van Don Economic Zone Authority',
       'minhbach@example.vn'
FROM provinces WHERE code = 'quang-ninh';

INSERT INTO boards (id, province_id, slug, name, name_en, address, phone, email, website)
SELECT b.id, p.id, b.slug, b.name, b.name_en, b.address, b.phone, b.email, b.website
FROM provinces p
JOIN (SELECT 1 AS id, 'bql-kkt-quang-ninh' AS slug,
             'Ban Quản lý các Khu kinh tế tỉnh Quảng Ninh' AS name,
             'Quang Ninh Economic Zones Authority' AS name_en,
             'Địa chỉ minh họa: Trụ sở liên cơ quan, phường Hồng Hà, TP. Hạ Long, tỉnh Quảng Ninh' AS address,
             '0203 555 0101' AS phone, 'bqlkkt@example.vn' AS email,
             'https://bqlkkt.example.vn' AS website
      UNION ALL
      SELECT 2, 'bql-kkt-van-don',
             'Ban Quản lý Khu kinh tế Vân Đồn',
             'Van Don Economic Zone Authority',
             'Địa chỉ minh họa: Khu hành chính, thị trấn Cái Rồng, huyện Vân Đồn, tỉnh Quảng Ninh',
             '0203 555 0202', 'bqlvandon@example.vn', 'https://bqlvandon.example.vn') b
WHERE p.code = 'quang-ninh';

-- Zones. Parents (KKTs) first so that parent_id can refer to them.
-- Columns: id, board, parent, kind, slug, name, name_en, status, total/leasable/leased ha,
-- occupancy_as_of, developer, location, lat, long, established_on.
INSERT INTO zones (id, board_id, parent_id, kind, slug, name, name_en, status,
                   total_ha, leasable_ha, leased_ha, occupancy_as_of, developer, location,
                   latitude, longitude, established_on, contact, is_sample, version, updated_at)
SELECT z.*, IF(z.board_id = 2, 'Ban Quản lý KKT Vân Đồn, 0203 555 0202, bqlvandon@example.vn',
                               'Ban Quản lý các KKT tỉnh Quảng Ninh, 0203 555 0101, bqlkkt@example.vn'),
       1, 1, TIMESTAMP(z.occupancy_as_of, '17:00:00')
FROM (
  SELECT 1 AS id, 2 AS board_id, NULL AS parent_id, 'kkt' AS kind, 'van-don' AS slug,
         'Khu kinh tế Vân Đồn' AS name, 'Van Don Economic Zone' AS name_en, 'operating' AS status,
         217133.00 AS total_ha, 4250.00 AS leasable_ha, 1386.40 AS leased_ha,
         DATE '2026-09-30' AS occupancy_as_of, NULL AS developer,
         'Huyện Vân Đồn, tỉnh Quảng Ninh' AS location,
         21.066700 AS latitude, 107.420000 AS longitude, DATE '2007-04-26' AS established_on
  UNION ALL SELECT 2, 1, NULL, 'kkt', 'quang-yen', 'Khu kinh tế ven biển Quảng Yên',
         'Quang Yen Coastal Economic Zone', 'operating', 13303.00, 6200.00, 1712.50, '2026-06-30',
         NULL, 'Thị xã Quảng Yên, tỉnh Quảng Ninh', 20.911000, 106.830000, '2019-12-16'
  UNION ALL SELECT 3, 1, NULL, 'kkt', 'mong-cai', 'Khu kinh tế cửa khẩu Móng Cái',
         'Mong Cai Border-Gate Economic Zone', 'operating', 121197.00, 3650.00, 1248.70, '2026-06-30',
         NULL, 'TP. Móng Cái và huyện Hải Hà, tỉnh Quảng Ninh', 21.524000, 107.966000, '2012-03-13'
  UNION ALL SELECT 4, 1, NULL, 'kkt', 'hoanh-mo-dong-van', 'Khu kinh tế cửa khẩu Hoành Mô – Đồng Văn',
         'Hoanh Mo – Dong Van Border-Gate Economic Zone', 'operating', 10620.00, 420.00, 58.30, '2025-12-31',
         NULL, 'Huyện Bình Liêu, tỉnh Quảng Ninh', 21.590000, 107.440000, '2010-08-18'
  UNION ALL SELECT 5, 1, NULL, 'kkt', 'bac-phong-sinh', 'Khu kinh tế cửa khẩu Bắc Phong Sinh',
         'Bac Phong Sinh Border-Gate Economic Zone', 'operating', 17550.00, 380.00, 41.60, '2025-12-31',
         NULL, 'Huyện Hải Hà, tỉnh Quảng Ninh', 21.600000, 107.640000, '2010-08-18'
  UNION ALL SELECT 6, 1, NULL, 'kcn', 'cai-lan', 'Khu công nghiệp Cái Lân',
         'Cai Lan Industrial Park', 'operating', 305.00, 214.50, 196.80, '2026-09-30',
         'Công ty cổ phần Hạ tầng Sao Lộc Hải', 'Phường Giếng Đáy, TP. Hạ Long', 20.975000, 107.035000, '1997-11-20'
  UNION ALL SELECT 7, 1, NULL, 'kcn', 'viet-hung', 'Khu công nghiệp Việt Hưng',
         'Viet Hung Industrial Park', 'operating', 301.00, 209.00, 148.20, '2026-06-30',
         'Công ty cổ phần Đầu tư hạ tầng Tùng Vân Bắc', 'Phường Việt Hưng, TP. Hạ Long', 20.990000, 106.985000, '2003-06-12'
  UNION ALL SELECT 8, 1, NULL, 'kcn', 'dong-mai', 'Khu công nghiệp Đông Mai',
         'Dong Mai Industrial Park', 'operating', 167.00, 116.00, 103.50, '2026-06-30',
         'Công ty TNHH Phát triển hạ tầng Mai Lục Phương', 'Phường Đông Mai, thị xã Quảng Yên', 21.008000, 106.832000, '2007-09-05'
  UNION ALL SELECT 9, 1, 3, 'kcn', 'hai-yen', 'Khu công nghiệp Hải Yên',
         'Hai Yen Industrial Park', 'operating', 182.40, 128.00, 77.40, '2026-06-30',
         'Công ty cổ phần Hạ tầng Ngọc Biên Thùy', 'Phường Hải Yên, TP. Móng Cái', 21.505000, 107.915000, '2008-04-22'
  UNION ALL SELECT 10, 1, NULL, 'kcn', 'song-khoai', 'Khu công nghiệp Sông Khoai',
         'Song Khoai Industrial Park', 'operating', 714.00, 480.00, 251.00, '2026-09-30',
         'Công ty cổ phần Phát triển hạ tầng Lục Khê Đông', 'Xã Sông Khoai, thị xã Quảng Yên', 21.005000, 106.800000, '2018-05-10'
  UNION ALL SELECT 11, 1, NULL, 'kcn', 'bac-tien-phong', 'Khu công nghiệp Bắc Tiền Phong',
         'Bac Tien Phong Industrial Park', 'operating', 1192.00, 798.00, 221.00, '2026-09-30',
         'Kumoyama Industrial Estates Vietnam Co., Ltd.', 'Xã Tiền Phong, thị xã Quảng Yên', 20.885000, 106.845000, '2018-09-14'
  UNION ALL SELECT 12, 1, NULL, 'kcn', 'nam-tien-phong', 'Khu công nghiệp Nam Tiền Phong',
         'Nam Tien Phong Industrial Park', 'construction', 1080.00, 712.00, 88.00, '2026-06-30',
         'Công ty cổ phần Đầu tư hạ tầng Vạn Trúc Linh', 'Xã Tiền Phong, thị xã Quảng Yên', 20.860000, 106.875000, '2020-12-08'
  UNION ALL SELECT 13, 1, 2, 'kcn', 'dam-nha-mac', 'Khu công nghiệp Đầm Nhà Mạc',
         'Dam Nha Mac Industrial Park', 'construction', 4400.00, 2960.00, 134.00, '2026-06-30',
         'Meridane Industrial Parks Pte. Ltd.', 'Đảo Hà Nam, thị xã Quảng Yên', 20.870000, 106.780000, '2020-03-24'
  UNION ALL SELECT 14, 1, NULL, 'kcn', 'texhong-hai-ha', 'Khu công nghiệp Texhong Hải Hà',
         'Texhong Hai Ha Industrial Park', 'operating', 660.00, 448.00, 243.60, '2026-06-30',
         'Qiantai Lanfang Industrial Park Development Ltd.', 'Xã Quảng Điền, huyện Hải Hà', 21.430000, 107.755000, '2013-01-15'
  UNION ALL SELECT 15, 1, NULL, 'kcn', 'hai-ha', 'Khu công nghiệp Hải Hà',
         'Hai Ha Industrial Park', 'construction', 486.00, 320.00, 37.50, '2025-12-31',
         'Công ty cổ phần Hạ tầng Hà Phong Vĩnh', 'Xã Quảng Phong, huyện Hải Hà', 21.445000, 107.790000, '2021-07-19'
  UNION ALL SELECT 16, 1, NULL, 'kcn', 'hoang-que', 'Khu công nghiệp Hoàng Quế',
         'Hoang Que Industrial Park', 'construction', 310.00, 206.00, 22.00, '2026-06-30',
         'Công ty cổ phần Phát triển KCN Thiên Quế Sơn', 'Xã Hoàng Quế, thị xã Đông Triều', 21.060000, 106.610000, '2022-03-29'
  UNION ALL SELECT 17, 1, NULL, 'kcn', 'phuong-nam', 'Khu công nghiệp Phương Nam',
         'Phuong Nam Industrial Park', 'planned', 450.00, 300.00, 0.00, '2026-09-30',
         'Hwaseul Land & Industry Co., Ltd.', 'Phường Phương Nam, TP. Uông Bí', 20.985000, 106.745000, '2024-09-12'
) z
ORDER BY z.id;

-- Province-wide industrial-park fill rate stated in the source article (not sample data).
INSERT INTO occupancy_snapshots (id, zone_id, scope, as_of, leasable_ha, leased_ha, rate_pct, source, is_sample)
VALUES (1, NULL, 'province_kcn', '2020-10-26', NULL, NULL, 37.60,
        'Buổi làm việc ngày 26/10/2020 của Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh với Ban Xúc tiến và Hỗ trợ đầu tư, Ban Quản lý KKT và Ban Quản lý KKT Vân Đồn (odt.vn tổng hợp): tỷ lệ lấp đầy các KCN mới đạt 37,6%',
        0);

-- Occupancy series per zone: 4-8 dated snapshots (4 + id mod 5), ending with the zone's
-- current figures on occupancy_as_of. Spacing: yearly for zones set up before 2018,
-- half-yearly for 2018-2023, quarterly for newer ones; leased area grows by a per-zone
-- factor 0.80-0.91 each step back in time, so the series never decreases.
INSERT INTO occupancy_snapshots (id, zone_id, scope, as_of, leasable_ha, leased_ha, rate_pct, source, is_sample)
SELECT 1 + ROW_NUMBER() OVER (ORDER BY s.zone_id, s.as_of), s.zone_id, 'zone', s.as_of, s.leasable_ha, s.leased_ha,
       IF(s.leasable_ha > 0, ROUND(100 * s.leased_ha / s.leasable_ha, 2), NULL),
       'Báo cáo định kỳ của Ban Quản lý (dữ liệu minh họa)', 1
FROM (
  SELECT z.id AS zone_id,
         LAST_DAY(z.occupancy_as_of - INTERVAL
                  (k.seq * CASE WHEN z.established_on >= '2024-01-01' THEN 3
                                WHEN z.established_on >= '2018-01-01' THEN 6 ELSE 12 END) MONTH) AS as_of,
         z.leasable_ha,
         ROUND(z.leased_ha * POW(0.80 + (CRC32(z.slug) % 12) / 100, k.seq), 2) AS leased_ha
  FROM zones z
  JOIN seq_0_to_7 k ON k.seq < 4 + z.id % 5
) s
ORDER BY s.zone_id, s.as_of;
