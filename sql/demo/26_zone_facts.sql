-- Demo data 26: the facts that decide a site (zone_facts, migration 028), for some zones
-- only, so that the pages show "not published" for the others and for the groups left out
-- here. Every figure, date, source, incentive and contact below is illustrative
-- (is_sample = 1, marked sample wherever shown): rents, fees and capacities of the order of
-- those industrial parks in northern Viet Nam advertise, distances rounded from a general
-- map. The developers' contacts are placeholders (example.vn, 555 numbers).
INSERT INTO zone_facts (zone_id, rent_amount, rent_currency, rent_unit, rent_term_end,
  rent_as_of, rent_source, fee_amount, fee_currency, fee_unit, fee_as_of, fee_source,
  power_capacity, power_unit, water_m3_day, wastewater_m3_day, infra_as_of, infra_source,
  seaport_km, airport_km, border_gate_km, expressway_km, distances_as_of, distances_source,
  sectors_admitted, sectors_as_of, sectors_source, incentives, incentives_en,
  incentives_basis, incentives_as_of, incentives_source, developer_name, developer_phone,
  developer_email, developer_web, developer_as_of, developer_source, is_sample)
SELECT z.id, f.rent_amount, f.rent_currency, f.rent_unit, f.rent_term_end, f.rent_as_of,
  f.rent_source, f.fee_amount, f.fee_currency, f.fee_unit, f.fee_as_of, f.fee_source,
  f.power_capacity, f.power_unit, f.water_m3_day, f.wastewater_m3_day, f.infra_as_of,
  f.infra_source, f.seaport_km, f.airport_km, f.border_gate_km, f.expressway_km,
  f.distances_as_of, f.distances_source, f.sectors_admitted, f.sectors_as_of, f.sectors_source,
  f.incentives, f.incentives_en, f.incentives_basis, f.incentives_as_of, f.incentives_source,
  f.developer_name, f.developer_phone, f.developer_email, f.developer_web, f.developer_as_of,
  f.developer_source, TRUE
FROM zones z JOIN (
  SELECT 'cai-lan' AS slug, 95.00 AS rent_amount, 'USD' AS rent_currency, 'm2_term' AS rent_unit,
         DATE '2052-06-30' AS rent_term_end, DATE '2026-09-30' AS rent_as_of,
         'Bảng giá cho thuê đất của chủ đầu tư hạ tầng (minh họa)' AS rent_source,
         0.5500 AS fee_amount, 'USD' AS fee_currency, 'm2_year' AS fee_unit,
         DATE '2026-09-30' AS fee_as_of, 'Bảng giá phí quản lý (minh họa)' AS fee_source,
         63.00 AS power_capacity, 'MVA' AS power_unit, 12000.00 AS water_m3_day,
         6000.00 AS wastewater_m3_day, DATE '2026-06-30' AS infra_as_of,
         'Báo cáo hạ tầng của chủ đầu tư (minh họa)' AS infra_source,
         3.0 AS seaport_km, 55.0 AS airport_km, 180.0 AS border_gate_km, 4.0 AS expressway_km,
         DATE '2026-06-30' AS distances_as_of, 'Đo trên bản đồ chung (minh họa)' AS distances_source,
         'electronics,logistics,manufacturing' AS sectors_admitted, DATE '2026-03-31' AS sectors_as_of,
         'Quy hoạch chi tiết KCN (minh họa)' AS sectors_source,
         'Miễn thuế thu nhập doanh nghiệp 2 năm, giảm 50 % trong 4 năm tiếp theo.' AS incentives,
         'Corporate income tax exempt for 2 years, halved for the next 4.' AS incentives_en,
         'Nghị định 218/2013/NĐ-CP, Điều 16 (minh họa)' AS incentives_basis,
         DATE '2026-01-01' AS incentives_as_of, 'Sổ tay đầu tư của Ban Quản lý (minh họa)' AS incentives_source,
         'Công ty CP Phát triển KCN Cái Lân (minh họa)' AS developer_name, '0203 555 0601' AS developer_phone,
         'cailan-ip@example.vn' AS developer_email, 'https://cailan-ip.example.vn' AS developer_web,
         DATE '2026-09-30' AS developer_as_of, 'Chủ đầu tư hạ tầng (minh họa)' AS developer_source
  UNION ALL SELECT 'song-khoai', 75.00, 'USD', 'm2_term', '2068-12-31', '2026-06-30',
         'Bảng giá cho thuê đất (minh họa)', 0.6000, 'USD', 'm2_year', '2026-06-30',
         'Bảng giá phí quản lý (minh họa)', 110.00, 'MVA', 20000.00, 10000.00, '2026-06-30',
         'Báo cáo hạ tầng (minh họa)', 25.0, 45.0, 200.0, 2.0, '2026-06-30',
         'Đo trên bản đồ chung (minh họa)', 'electronics,manufacturing,textile', '2026-06-30',
         'Quy hoạch chi tiết KCN (minh họa)', NULL, NULL, NULL, NULL, NULL,
         'Công ty CP Phát triển KCN Sông Khoai (minh họa)', '0203 555 0610', 'songkhoai-ip@example.vn',
         'https://songkhoai-ip.example.vn', '2026-06-30', 'Chủ đầu tư hạ tầng (minh họa)'
  UNION ALL SELECT 'bac-tien-phong', 68.00, 'USD', 'm2_term', '2069-06-30', '2026-06-30',
         'Bảng giá cho thuê đất (minh họa)', NULL, NULL, NULL, NULL, NULL,
         160.00, 'MVA', 30000.00, 4000.00, '2026-06-30', 'Báo cáo hạ tầng (minh họa)',
         12.0, 40.0, 210.0, 3.0, '2026-06-30', 'Đo trên bản đồ chung (minh họa)',
         'energy,logistics,manufacturing,materials', '2026-06-30', 'Quy hoạch chi tiết KCN (minh họa)',
         'Miễn tiền thuê đất trong thời gian xây dựng cơ bản, tối đa 3 năm.',
         'Land rent exempt during construction, for up to 3 years.',
         'Nghị định 46/2014/NĐ-CP, Điều 19 (minh họa)', '2026-01-01', 'Sổ tay đầu tư (minh họa)',
         NULL, NULL, NULL, NULL, NULL, NULL
  UNION ALL SELECT 'dong-mai', 1800000.00, 'VND', 'm2_term', '2057-12-31', '2026-03-31',
         'Bảng giá cho thuê đất (minh họa)', 12000.0000, 'VND', 'm2_year', '2026-03-31',
         'Bảng giá phí quản lý (minh họa)', 40.00, 'MW', 8000.00, 3500.00, '2026-03-31',
         'Báo cáo hạ tầng (minh họa)', 30.0, 70.0, 190.0, 5.0, '2026-03-31',
         'Đo trên bản đồ chung (minh họa)', 'food,manufacturing,materials', '2026-03-31',
         'Quy hoạch chi tiết KCN (minh họa)', NULL, NULL, NULL, NULL, NULL,
         NULL, NULL, NULL, NULL, NULL, NULL
  UNION ALL SELECT 'hai-yen', 55.00, 'USD', 'm2_term', '2062-12-31', '2026-06-30',
         'Bảng giá cho thuê đất (minh họa)', 0.4000, 'USD', 'm2_year', '2026-06-30',
         'Bảng giá phí quản lý (minh họa)', 80.00, 'MVA', 15000.00, 7500.00, '2026-06-30',
         'Báo cáo hạ tầng (minh họa)', 60.0, 160.0, 12.0, 20.0, '2026-06-30',
         'Đo trên bản đồ chung (minh họa)', 'electronics,textile', '2026-06-30',
         'Quy hoạch chi tiết KCN (minh họa)',
         'Ưu đãi của địa bàn có điều kiện kinh tế – xã hội đặc biệt khó khăn.',
         'Incentives of an area of especially difficult socio-economic conditions.',
         'Nghị định 31/2021/NĐ-CP, Phụ lục III (minh họa)', '2026-01-01', 'Sổ tay đầu tư (minh họa)',
         'Công ty TNHH Hạ tầng Hải Yên (minh họa)', '0203 555 0609', NULL, NULL, '2026-06-30',
         'Chủ đầu tư hạ tầng (minh họa)'
) f ON f.slug = z.slug;
