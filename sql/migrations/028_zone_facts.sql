-- The facts that decide a site (README "Public pages", /zones/<slug>): per zone, the land
-- rent, the management fee, the infrastructure, the distances to the nearest seaport,
-- airport, border gate and expressway, the sectors the zone admits, the incentives that
-- apply and the developer's contact. Each group of facts has its own date (…_as_of) and
-- source (…_source); a group left NULL is "not published" on every page that shows it.
--
-- One row per zone at most (none: nothing published). Staff edit it through change
-- requests of the entity "zone_facts" (cgi-bin/staff/records.c), which insert the row with
-- version 0 when the zone has none and update it by its version.
--
-- Units are fixed by the column or named in a unit column from a small vocabulary:
--   rent_unit: m2_term (per m² for the rest of the land's term, paid once), m2_year,
--   m2_month; fee_unit: m2_year, m2_month; power_unit: MW, MVA; water and wastewater in
--   m³ a day; distances in km. Currencies: ISO 4217, USD or VND.
-- sectors_admitted: sector codes (sectors.code), comma-separated, sorted, no spaces; every
-- code must exist (the triggers below: error 4025, "CONSTRAINT `zone_facts_sectors`").
CREATE TABLE zone_facts (
  zone_id           INT UNSIGNED NOT NULL PRIMARY KEY,
  rent_amount       DECIMAL(12,2) NULL,
  rent_currency     CHAR(3) NULL,
  rent_unit         VARCHAR(16) NULL,
  rent_term_end     DATE NULL,
  rent_as_of        DATE NULL,
  rent_source       VARCHAR(300) NULL,
  fee_amount        DECIMAL(12,4) NULL,
  fee_currency      CHAR(3) NULL,
  fee_unit          VARCHAR(16) NULL,
  fee_as_of         DATE NULL,
  fee_source        VARCHAR(300) NULL,
  power_capacity    DECIMAL(10,2) NULL,
  power_unit        VARCHAR(8) NULL,
  water_m3_day      DECIMAL(12,2) NULL,
  wastewater_m3_day DECIMAL(12,2) NULL,
  infra_as_of       DATE NULL,
  infra_source      VARCHAR(300) NULL,
  seaport_km        DECIMAL(7,1) NULL,
  airport_km        DECIMAL(7,1) NULL,
  border_gate_km    DECIMAL(7,1) NULL,
  expressway_km     DECIMAL(7,1) NULL,
  distances_as_of   DATE NULL,
  distances_source  VARCHAR(300) NULL,
  sectors_admitted  VARCHAR(500) NULL,
  sectors_as_of     DATE NULL,
  sectors_source    VARCHAR(300) NULL,
  incentives        VARCHAR(2000) NULL,
  incentives_en     VARCHAR(2000) NULL,
  incentives_basis  VARCHAR(400) NULL,
  incentives_as_of  DATE NULL,
  incentives_source VARCHAR(300) NULL,
  developer_name    VARCHAR(200) NULL,
  developer_phone   VARCHAR(40) NULL,
  developer_email   VARCHAR(200) NULL,
  developer_web     VARCHAR(300) NULL,
  developer_as_of   DATE NULL,
  developer_source  VARCHAR(300) NULL,
  is_sample         BOOLEAN NOT NULL DEFAULT FALSE,
  version           INT UNSIGNED NOT NULL DEFAULT 0,
  updated_at        DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT zone_facts_zone FOREIGN KEY (zone_id) REFERENCES zones (id),
  CONSTRAINT zone_facts_rent CHECK (rent_amount IS NULL OR (rent_amount >= 0
    AND rent_currency IN ('USD', 'VND') AND rent_unit IN ('m2_term', 'm2_year', 'm2_month'))),
  CONSTRAINT zone_facts_fee CHECK (fee_amount IS NULL OR (fee_amount >= 0
    AND fee_currency IN ('USD', 'VND') AND fee_unit IN ('m2_year', 'm2_month'))),
  CONSTRAINT zone_facts_power CHECK (power_capacity IS NULL OR (power_capacity >= 0
    AND power_unit IN ('MW', 'MVA'))),
  CONSTRAINT zone_facts_water CHECK (water_m3_day IS NULL OR water_m3_day >= 0),
  CONSTRAINT zone_facts_wastewater CHECK (wastewater_m3_day IS NULL OR wastewater_m3_day >= 0),
  CONSTRAINT zone_facts_distances CHECK (COALESCE(seaport_km, 0) >= 0
    AND COALESCE(airport_km, 0) >= 0 AND COALESCE(border_gate_km, 0) >= 0
    AND COALESCE(expressway_km, 0) >= 0),
  CONSTRAINT zone_facts_sector_list CHECK (sectors_admitted IS NULL
    OR sectors_admitted REGEXP '^[a-z0-9_-]+(,[a-z0-9_-]+)*$')
) ENGINE=InnoDB;

-- True when every code of the comma-separated list is a sector's (NULL: no list).
CREATE FUNCTION zone_facts_sectors_known(list VARCHAR(500)) RETURNS BOOLEAN READS SQL DATA
  RETURN list IS NULL OR NOT EXISTS (
    SELECT 1 FROM JSON_TABLE(CONCAT('["', REPLACE(list, ',', '","'), '"]'), '$[*]'
      COLUMNS (code VARCHAR(40) PATH '$')) j
    WHERE NOT EXISTS (SELECT 1 FROM sectors s WHERE s.code = j.code));

CREATE TRIGGER zone_facts_sectors_insert BEFORE INSERT ON zone_facts FOR EACH ROW
  IF NOT zone_facts_sectors_known(NEW.sectors_admitted) THEN
    SIGNAL SQLSTATE '23000' SET MYSQL_ERRNO = 4025,
      MESSAGE_TEXT = 'CONSTRAINT `zone_facts_sectors` failed: a code that is not a sector';
  END IF;
CREATE TRIGGER zone_facts_sectors_update BEFORE UPDATE ON zone_facts FOR EACH ROW
  IF NOT zone_facts_sectors_known(NEW.sectors_admitted) THEN
    SIGNAL SQLSTATE '23000' SET MYSQL_ERRNO = 4025,
      MESSAGE_TEXT = 'CONSTRAINT `zone_facts_sectors` failed: a code that is not a sector';
  END IF;

-- What the public account reads: every zone's facts (NULL columns: not published).
CREATE VIEW pub_zone_facts AS
  SELECT zone_id, rent_amount, rent_currency, rent_unit, rent_term_end, rent_as_of, rent_source,
         fee_amount, fee_currency, fee_unit, fee_as_of, fee_source, power_capacity, power_unit,
         water_m3_day, wastewater_m3_day, infra_as_of, infra_source, seaport_km, airport_km,
         border_gate_km, expressway_km, distances_as_of, distances_source, sectors_admitted,
         sectors_as_of, sectors_source, incentives, incentives_en, incentives_basis,
         incentives_as_of, incentives_source, developer_name, developer_phone, developer_email,
         developer_web, developer_as_of, developer_source, is_sample, version, updated_at
  FROM zone_facts;
