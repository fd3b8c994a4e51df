-- Demo data 40: editions, scores and sub-scores of the four governance indices.
-- The editions (index, year, publisher) are real publications; EVERY SCORE AND RANK HERE IS
-- ILLUSTRATIVE (gov_scores.is_sample = 1), generated deterministically:
--  * ranks: Quảng Ninh gets the rank of t_qn (1-5); the other 62 provinces are ordered by a
--    stable per-province strength (a hash, plus a bonus for a few usually well-placed
--    provinces) plus a per-edition hash, so ranks 1..63 occur once each;
--  * totals: from the top score down to the bottom score of the index, in hashed steps, so
--    the score strictly decreases with the rank;
--  * sub-scores: PCI sub-indices on a 0-10 scale around total/10; PAR Index fields and
--    SIPAS elements in % around the total; PAPI's dimensions sum exactly to the total.
-- Editions 2017-2024, 63 provinces ranked in each (before the 2025 merger). PAPI had 6
-- dimensions until 2017 (environmental governance and e-governance, positions 7 and 8,
-- came in 2018): its 2017 edition has 6 sub-scores; its total keeps the 80-point range.

DROP TEMPORARY TABLE IF EXISTS t_qn, t_scale, t_rank, t_sub;

INSERT INTO gov_editions (id, index_code, year, provinces_ranked, published_on, source, source_url)
SELECT ROW_NUMBER() OVER (ORDER BY i.position, y.seq), i.code, y.seq, 63, NULL,
       CONCAT(CASE i.code WHEN 'pci'   THEN 'Phòng Thương mại và Công nghiệp Việt Nam (VCCI), Báo cáo PCI '
                          WHEN 'par'   THEN 'Bộ Nội vụ, Báo cáo Chỉ số cải cách hành chính (PAR Index) '
                          WHEN 'sipas' THEN 'Bộ Nội vụ, Báo cáo Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) '
                          ELSE 'UNDP và các đối tác (CECODES, VFF-CRT, RTA), Báo cáo PAPI ' END,
              y.seq, ' (điểm số trong bản demo là dữ liệu minh họa)'),
       NULL
FROM gov_indices i JOIN seq_2017_to_2024 y
ORDER BY i.position, y.seq;

-- Quảng Ninh's (illustrative) rank per index and year.
CREATE TEMPORARY TABLE t_qn (index_code VARCHAR(10), year INT, rank_no INT)
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
INSERT INTO t_qn VALUES
('pci',2017,1),('pci',2018,1),('pci',2019,1),('pci',2020,1),('pci',2021,1),('pci',2022,2),('pci',2023,3),('pci',2024,1),
('par',2017,1),('par',2018,1),('par',2019,1),('par',2020,1),('par',2021,2),('par',2022,1),('par',2023,3),('par',2024,2),
('sipas',2017,2),('sipas',2018,1),('sipas',2019,1),('sipas',2020,1),('sipas',2021,3),('sipas',2022,2),('sipas',2023,4),('sipas',2024,1),
('papi',2017,5),('papi',2018,3),('papi',2019,2),('papi',2020,1),('papi',2021,4),('papi',2022,3),('papi',2023,2),('papi',2024,5);

-- Range of totals per index: top score (varies by +-1 point per year) and bottom score.
CREATE TEMPORARY TABLE t_scale (index_code VARCHAR(10), top DOUBLE, bottom DOUBLE)
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
INSERT INTO t_scale VALUES ('pci', 72.5, 57.8), ('par', 91.0, 75.5), ('sipas', 90.5, 78.6), ('papi', 47.6, 39.2);

-- Ranks.
CREATE TEMPORARY TABLE t_rank AS
SELECT o.edition_id, o.index_code, o.year, o.province_id,
       IF(o.province_id = o.qn_id, o.qn_rank, IF(o.r >= o.qn_rank, o.r + 1, o.r)) AS rank_no
FROM (
  SELECT e.id AS edition_id, e.index_code, e.year, p.id AS province_id, qp.id AS qn_id, q.rank_no AS qn_rank,
         ROW_NUMBER() OVER (PARTITION BY e.id
                            ORDER BY p.id = qp.id,
                                     CRC32(CONCAT(p.code, ':strength')) % 1000
                                       + IF(p.code IN ('da-nang','hai-phong','dong-thap','long-an','binh-duong','bac-ninh',
                                                       'vinh-phuc','ha-noi','ho-chi-minh','ba-ria-vung-tau','can-tho',
                                                       'thua-thien-hue'), 350, 0)
                                       + CRC32(CONCAT(p.code, ':', e.index_code, ':', e.year)) % 400 DESC,
                                     p.id) AS r
  FROM gov_editions e
  JOIN provinces p
  JOIN provinces qp ON qp.code = 'quang-ninh'
  JOIN t_qn q ON q.index_code = e.index_code AND q.year = e.year
) o;

-- Scores: w is the (hashed) gap above each rank; rank 1 has none.
INSERT INTO gov_scores (id, edition_id, province_id, score, rank_no, is_sample)
SELECT ROW_NUMBER() OVER (ORDER BY g.edition_id, g.rank_no), g.edition_id, g.province_id,
       ROUND(g.top - (g.top - g.bottom) * g.cum / g.total, 2), g.rank_no, 1
FROM (
  SELECT t.edition_id, t.province_id, t.rank_no,
         s.top + (CRC32(CONCAT(t.index_code, t.year, ':top')) % 201) / 100 - 1 AS top, s.bottom,
         SUM(w.w) OVER (PARTITION BY t.edition_id ORDER BY t.rank_no) AS cum,
         SUM(w.w) OVER (PARTITION BY t.edition_id) AS total
  FROM t_rank t
  JOIN t_scale s ON s.index_code = t.index_code
  JOIN (SELECT edition_id, rank_no,
               IF(rank_no = 1, 0, 0.5 + (CRC32(CONCAT(edition_id, ':gap:', rank_no)) % 100) / 100) AS w
        FROM t_rank) w ON w.edition_id = t.edition_id AND w.rank_no = t.rank_no
) g
ORDER BY g.edition_id, g.rank_no;

-- Sub-scores.
CREATE TEMPORARY TABLE t_sub AS
SELECT sc.id AS score_id, si.id AS subindex_id, si.index_code, si.position, sc.score,
       CRC32(CONCAT(sc.id, ':', si.id)) AS h,
       IF(e.index_code = 'papi' AND e.year < 2018, 6, 8) AS last_position
FROM gov_scores sc
JOIN gov_editions e ON e.id = sc.edition_id
JOIN gov_subindices si ON si.index_code = e.index_code
WHERE NOT (e.index_code = 'papi' AND e.year < 2018 AND si.position > 6);

INSERT INTO gov_subscores (score_id, subindex_id, score)
SELECT x.score_id, x.subindex_id,
       CASE WHEN x.index_code <> 'papi' THEN x.val
            WHEN x.position = x.last_position THEN x.score - (SUM(x.val) OVER (PARTITION BY x.score_id) - x.val)
            ELSE x.val END
FROM (
  SELECT t.score_id, t.subindex_id, t.index_code, t.position, t.last_position, t.score,
         CASE t.index_code
           WHEN 'pci'   THEN LEAST(9.99, ROUND(t.score / 10 * (0.80 + (t.h % 41) / 100), 2))
           WHEN 'par'   THEN LEAST(99.90, ROUND(t.score * (0.90 + (t.h % 19) / 100), 2))
           WHEN 'sipas' THEN LEAST(99.90, ROUND(t.score * (0.94 + (t.h % 11) / 100), 2))
           ELSE ROUND(t.score * (0.85 + (t.h % 31) / 100)
                      / SUM(0.85 + (t.h % 31) / 100) OVER (PARTITION BY t.score_id), 2)
         END AS val
  FROM t_sub t
) x
ORDER BY x.score_id, x.subindex_id;

DROP TEMPORARY TABLE IF EXISTS t_qn, t_scale, t_rank, t_sub;
