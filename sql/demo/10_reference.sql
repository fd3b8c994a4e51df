-- Demo data 10: reference tables.
-- Provinces (the 63 provinces and centrally-run cities before the 2025 merger), countries,
-- sectors, and the four governance indices with their sub-indices.
-- Loaded after the migrations into an empty database; ids are given explicitly so that the
-- later demo files can refer to them. Nothing here is sample data: it is reference data.

-- Provinces: code = ASCII slug, name with diacritics, name_en without, region = the
-- socio-economic region of the General Statistics Office.
INSERT INTO provinces (id, code, name, name_en, region) VALUES
-- Trung du và miền núi phía Bắc
( 1, 'ha-giang',     'Hà Giang',     'Ha Giang',     'Trung du và miền núi phía Bắc'),
( 2, 'cao-bang',     'Cao Bằng',     'Cao Bang',     'Trung du và miền núi phía Bắc'),
( 3, 'bac-kan',      'Bắc Kạn',      'Bac Kan',      'Trung du và miền núi phía Bắc'),
( 4, 'tuyen-quang',  'Tuyên Quang',  'Tuyen Quang',  'Trung du và miền núi phía Bắc'),
( 5, 'lao-cai',      'Lào Cai',      'Lao Cai',      'Trung du và miền núi phía Bắc'),
( 6, 'dien-bien',    'Điện Biên',    'Dien Bien',    'Trung du và miền núi phía Bắc'),
( 7, 'lai-chau',     'Lai Châu',     'Lai Chau',     'Trung du và miền núi phía Bắc'),
( 8, 'son-la',       'Sơn La',       'Son La',       'Trung du và miền núi phía Bắc'),
( 9, 'yen-bai',      'Yên Bái',      'Yen Bai',      'Trung du và miền núi phía Bắc'),
(10, 'hoa-binh',     'Hòa Bình',     'Hoa Binh',     'Trung du và miền núi phía Bắc'),
(11, 'thai-nguyen',  'Thái Nguyên',  'Thai Nguyen',  'Trung du và miền núi phía Bắc'),
(12, 'lang-son',     'Lạng Sơn',     'Lang Son',     'Trung du và miền núi phía Bắc'),
(13, 'bac-giang',    'Bắc Giang',    'Bac Giang',    'Trung du và miền núi phía Bắc'),
(14, 'phu-tho',      'Phú Thọ',      'Phu Tho',      'Trung du và miền núi phía Bắc'),
-- Đồng bằng sông Hồng
(15, 'ha-noi',       'Hà Nội',       'Hanoi',        'Đồng bằng sông Hồng'),
(16, 'vinh-phuc',    'Vĩnh Phúc',    'Vinh Phuc',    'Đồng bằng sông Hồng'),
(17, 'bac-ninh',     'Bắc Ninh',     'Bac Ninh',     'Đồng bằng sông Hồng'),
(18, 'quang-ninh',   'Quảng Ninh',   'Quang Ninh',   'Đồng bằng sông Hồng'),
(19, 'hai-duong',    'Hải Dương',    'Hai Duong',    'Đồng bằng sông Hồng'),
(20, 'hai-phong',    'Hải Phòng',    'Hai Phong',    'Đồng bằng sông Hồng'),
(21, 'hung-yen',     'Hưng Yên',     'Hung Yen',     'Đồng bằng sông Hồng'),
(22, 'thai-binh',    'Thái Bình',    'Thai Binh',    'Đồng bằng sông Hồng'),
(23, 'ha-nam',       'Hà Nam',       'Ha Nam',       'Đồng bằng sông Hồng'),
(24, 'nam-dinh',     'Nam Định',     'Nam Dinh',     'Đồng bằng sông Hồng'),
(25, 'ninh-binh',    'Ninh Bình',    'Ninh Binh',    'Đồng bằng sông Hồng'),
-- Bắc Trung Bộ và duyên hải miền Trung
(26, 'thanh-hoa',    'Thanh Hóa',    'Thanh Hoa',    'Bắc Trung Bộ và duyên hải miền Trung'),
(27, 'nghe-an',      'Nghệ An',      'Nghe An',      'Bắc Trung Bộ và duyên hải miền Trung'),
(28, 'ha-tinh',      'Hà Tĩnh',      'Ha Tinh',      'Bắc Trung Bộ và duyên hải miền Trung'),
(29, 'quang-binh',   'Quảng Bình',   'Quang Binh',   'Bắc Trung Bộ và duyên hải miền Trung'),
(30, 'quang-tri',    'Quảng Trị',    'Quang Tri',    'Bắc Trung Bộ và duyên hải miền Trung'),
(31, 'thua-thien-hue','Thừa Thiên Huế','Thua Thien Hue','Bắc Trung Bộ và duyên hải miền Trung'),
(32, 'da-nang',      'Đà Nẵng',      'Da Nang',      'Bắc Trung Bộ và duyên hải miền Trung'),
(33, 'quang-nam',    'Quảng Nam',    'Quang Nam',    'Bắc Trung Bộ và duyên hải miền Trung'),
(34, 'quang-ngai',   'Quảng Ngãi',   'Quang Ngai',   'Bắc Trung Bộ và duyên hải miền Trung'),
(35, 'binh-dinh',    'Bình Định',    'Binh Dinh',    'Bắc Trung Bộ và duyên hải miền Trung'),
(36, 'phu-yen',      'Phú Yên',      'Phu Yen',      'Bắc Trung Bộ và duyên hải miền Trung'),
(37, 'khanh-hoa',    'Khánh Hòa',    'Khanh Hoa',    'Bắc Trung Bộ và duyên hải miền Trung'),
(38, 'ninh-thuan',   'Ninh Thuận',   'Ninh Thuan',   'Bắc Trung Bộ và duyên hải miền Trung'),
(39, 'binh-thuan',   'Bình Thuận',   'Binh Thuan',   'Bắc Trung Bộ và duyên hải miền Trung'),
-- Tây Nguyên
(40, 'kon-tum',      'Kon Tum',      'Kon Tum',      'Tây Nguyên'),
(41, 'gia-lai',      'Gia Lai',      'Gia Lai',      'Tây Nguyên'),
(42, 'dak-lak',      'Đắk Lắk',      'Dak Lak',      'Tây Nguyên'),
(43, 'dak-nong',     'Đắk Nông',     'Dak Nong',     'Tây Nguyên'),
(44, 'lam-dong',     'Lâm Đồng',     'Lam Dong',     'Tây Nguyên'),
-- Đông Nam Bộ
(45, 'binh-phuoc',   'Bình Phước',   'Binh Phuoc',   'Đông Nam Bộ'),
(46, 'tay-ninh',     'Tây Ninh',     'Tay Ninh',     'Đông Nam Bộ'),
(47, 'binh-duong',   'Bình Dương',   'Binh Duong',   'Đông Nam Bộ'),
(48, 'dong-nai',     'Đồng Nai',     'Dong Nai',     'Đông Nam Bộ'),
(49, 'ba-ria-vung-tau','Bà Rịa - Vũng Tàu','Ba Ria - Vung Tau','Đông Nam Bộ'),
(50, 'ho-chi-minh',  'TP. Hồ Chí Minh','Ho Chi Minh City','Đông Nam Bộ'),
-- Đồng bằng sông Cửu Long
(51, 'long-an',      'Long An',      'Long An',      'Đồng bằng sông Cửu Long'),
(52, 'tien-giang',   'Tiền Giang',   'Tien Giang',   'Đồng bằng sông Cửu Long'),
(53, 'ben-tre',      'Bến Tre',      'Ben Tre',      'Đồng bằng sông Cửu Long'),
(54, 'tra-vinh',     'Trà Vinh',     'Tra Vinh',     'Đồng bằng sông Cửu Long'),
(55, 'vinh-long',    'Vĩnh Long',    'Vinh Long',    'Đồng bằng sông Cửu Long'),
(56, 'dong-thap',    'Đồng Tháp',    'Dong Thap',    'Đồng bằng sông Cửu Long'),
(57, 'an-giang',     'An Giang',     'An Giang',     'Đồng bằng sông Cửu Long'),
(58, 'kien-giang',   'Kiên Giang',   'Kien Giang',   'Đồng bằng sông Cửu Long'),
(59, 'can-tho',      'Cần Thơ',      'Can Tho',      'Đồng bằng sông Cửu Long'),
(60, 'hau-giang',    'Hậu Giang',    'Hau Giang',    'Đồng bằng sông Cửu Long'),
(61, 'soc-trang',    'Sóc Trăng',    'Soc Trang',    'Đồng bằng sông Cửu Long'),
(62, 'bac-lieu',     'Bạc Liêu',     'Bac Lieu',     'Đồng bằng sông Cửu Long'),
(63, 'ca-mau',       'Cà Mau',       'Ca Mau',       'Đồng bằng sông Cửu Long');

-- Countries and territories of investors (ISO 3166-1 alpha-2).
INSERT INTO countries (code, name, name_en) VALUES
('VN', 'Việt Nam',                    'Viet Nam'),
('CN', 'Trung Quốc',                  'China'),
('JP', 'Nhật Bản',                    'Japan'),
('KR', 'Hàn Quốc',                    'Republic of Korea'),
('SG', 'Singapore',                   'Singapore'),
('TW', 'Đài Loan (Trung Quốc)',       'Taiwan (China)'),
('HK', 'Hồng Kông (Trung Quốc)',      'Hong Kong (China)'),
('US', 'Hoa Kỳ',                      'United States'),
('DE', 'Đức',                         'Germany'),
('FR', 'Pháp',                        'France'),
('GB', 'Vương quốc Anh',              'United Kingdom'),
('TH', 'Thái Lan',                    'Thailand'),
('MY', 'Malaysia',                    'Malaysia'),
('NL', 'Hà Lan',                      'Netherlands'),
('AU', 'Australia',                   'Australia'),
('IN', 'Ấn Độ',                       'India'),
('ID', 'Indonesia',                   'Indonesia'),
('CH', 'Thụy Sĩ',                     'Switzerland'),
('VG', 'Quần đảo Virgin thuộc Anh',   'British Virgin Islands'),
('CA', 'Canada',                      'Canada');

-- Sectors of projects.
INSERT INTO sectors (code, name, name_en) VALUES
('textile',        'Dệt may, sợi',                              'Textiles, yarn and garments'),
('electronics',    'Điện tử, linh kiện điện tử',                'Electronics and components'),
('logistics',      'Logistics, cảng và kho bãi',                'Logistics, ports and warehousing'),
('energy',         'Năng lượng',                                'Energy'),
('tourism',        'Du lịch, nghỉ dưỡng, dịch vụ',              'Tourism, resorts and services'),
('manufacturing',  'Công nghiệp chế biến, chế tạo',             'Manufacturing'),
('materials',      'Vật liệu xây dựng',                         'Construction materials'),
('food',           'Chế biến nông, thủy sản và thực phẩm',      'Food and seafood processing'),
('infrastructure', 'Hạ tầng khu công nghiệp, khu kinh tế',      'Industrial park and zone infrastructure'),
('other',          'Ngành khác',                                'Other');

-- Governance indices, in the order the article names them.
INSERT INTO gov_indices (code, name, name_en, abbrev, publisher, publisher_en, scale_max, position) VALUES
('pci',   'Chỉ số năng lực cạnh tranh cấp tỉnh',
          'Provincial Competitiveness Index', 'PCI',
          'Phòng Thương mại và Công nghiệp Việt Nam (VCCI)',
          'Vietnam Chamber of Commerce and Industry (VCCI)', 100.00, 1),
('par',   'Chỉ số cải cách hành chính',
          'Public Administration Reform Index', 'PAR Index',
          'Bộ Nội vụ', 'Ministry of Home Affairs', 100.00, 2),
('sipas', 'Chỉ số hài lòng về sự phục vụ hành chính',
          'Satisfaction Index of Public Administrative Services', 'SIPAS',
          'Bộ Nội vụ', 'Ministry of Home Affairs', 100.00, 3),
-- PAPI: total is the sum of 8 dimensions of 1-10 points each (80-point scale since 2018).
('papi',  'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh',
          'Provincial Governance and Public Administration Performance Index', 'PAPI',
          'Chương trình Phát triển Liên Hợp Quốc (UNDP) và các đối tác (CECODES, VFF-CRT, RTA)',
          'United Nations Development Programme (UNDP) and partners (CECODES, VFF-CRT, RTA)', 80.00, 4);

INSERT INTO gov_subindices (id, index_code, code, name, name_en, position) VALUES
-- PCI: 10 sub-indices, each scored 0-10
( 1, 'pci', 'entry_costs',        'Chi phí gia nhập thị trường',                         'Entry costs', 1),
( 2, 'pci', 'land_access',        'Tiếp cận đất đai và sự ổn định trong sử dụng đất',    'Land access and tenure security', 2),
( 3, 'pci', 'transparency',       'Tính minh bạch và tiếp cận thông tin',                'Transparency and access to information', 3),
( 4, 'pci', 'time_costs',         'Chi phí thời gian để thực hiện các quy định của Nhà nước', 'Time costs of regulatory compliance', 4),
( 5, 'pci', 'informal_charges',   'Chi phí không chính thức',                            'Informal charges', 5),
( 6, 'pci', 'equal_competition',  'Cạnh tranh bình đẳng',                                'Policy bias (equal competition)', 6),
( 7, 'pci', 'proactivity',        'Tính năng động và tiên phong của chính quyền tỉnh',   'Proactivity of provincial leadership', 7),
( 8, 'pci', 'business_support',   'Dịch vụ hỗ trợ doanh nghiệp',                         'Business support services', 8),
( 9, 'pci', 'labor_training',     'Đào tạo lao động',                                    'Labour training', 9),
(10, 'pci', 'legal_institutions', 'Thiết chế pháp lý và an ninh trật tự',                'Legal institutions and law and order', 10),
-- PAR Index: 8 fields (component results shown as % of the field's maximum points)
(11, 'par', 'direction',          'Công tác chỉ đạo, điều hành cải cách hành chính',     'Direction and management of administrative reform', 1),
(12, 'par', 'legal_documents',    'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh', 'Making and implementing legal documents in the province', 2),
(13, 'par', 'admin_procedures',   'Cải cách thủ tục hành chính',                         'Administrative procedure reform', 3),
(14, 'par', 'apparatus',          'Cải cách tổ chức bộ máy hành chính nhà nước',         'Reform of the state administrative apparatus', 4),
(15, 'par', 'civil_service',      'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức', 'Building the quality of cadres, civil servants and public employees', 5),
(16, 'par', 'public_finance',     'Cải cách tài chính công',                             'Public finance reform', 6),
(17, 'par', 'e_government',       'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', 'E-government and digital government', 7),
(18, 'par', 'impact',             'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội', 'Impact of administrative reform on people, organisations and socio-economic development', 8),
-- SIPAS: 5 elements of the service (satisfaction, %)
(19, 'sipas', 'access',           'Tiếp cận dịch vụ',                                    'Access to services', 1),
(20, 'sipas', 'procedures',       'Thủ tục hành chính',                                  'Administrative procedures', 2),
(21, 'sipas', 'civil_servants',   'Sự phục vụ của công chức',                            'Service of civil servants', 3),
(22, 'sipas', 'results',          'Kết quả giải quyết công việc',                        'Results of service delivery', 4),
(23, 'sipas', 'feedback',         'Tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến nghị',  'Handling of comments, complaints and recommendations', 5),
-- PAPI: 8 dimensions, 1-10 points each; the total is their sum (80-point scale)
(24, 'papi', 'participation',     'Tham gia của người dân ở cấp cơ sở',                  'Participation at local levels', 1),
(25, 'papi', 'transparency',      'Công khai, minh bạch trong việc ra quyết định ở địa phương', 'Transparency in local decision-making', 2),
(26, 'papi', 'accountability',    'Trách nhiệm giải trình với người dân',                'Vertical accountability towards citizens', 3),
(27, 'papi', 'corruption_control','Kiểm soát tham nhũng trong khu vực công',             'Control of corruption in the public sector', 4),
(28, 'papi', 'admin_procedures',  'Thủ tục hành chính công',                             'Public administrative procedures', 5),
(29, 'papi', 'service_delivery',  'Cung ứng dịch vụ công',                               'Public service delivery', 6),
(30, 'papi', 'environment',       'Quản trị môi trường',                                 'Environmental governance', 7),
(31, 'papi', 'e_governance',      'Quản trị điện tử',                                    'E-governance', 8);
