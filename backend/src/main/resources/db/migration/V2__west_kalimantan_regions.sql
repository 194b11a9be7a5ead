-- Kalimantan Barat and its 14 regencies and cities (Kemendagri codes, BPS codes).
INSERT INTO region (code, bps_code, name, level, parent_code) VALUES
    ('61',    '61',   'Provinsi Kalimantan Barat', 'PROVINCE', NULL);
INSERT INTO region (code, bps_code, name, level, parent_code) VALUES
    ('61.01', '6101', 'Kabupaten Sambas',        'REGENCY', '61'),
    ('61.02', '6104', 'Kabupaten Mempawah',      'REGENCY', '61'),
    ('61.03', '6105', 'Kabupaten Sanggau',       'REGENCY', '61'),
    ('61.04', '6106', 'Kabupaten Ketapang',      'REGENCY', '61'),
    ('61.05', '6107', 'Kabupaten Sintang',       'REGENCY', '61'),
    ('61.06', '6108', 'Kabupaten Kapuas Hulu',   'REGENCY', '61'),
    ('61.07', '6102', 'Kabupaten Bengkayang',    'REGENCY', '61'),
    ('61.08', '6103', 'Kabupaten Landak',        'REGENCY', '61'),
    ('61.09', '6109', 'Kabupaten Sekadau',       'REGENCY', '61'),
    ('61.10', '6110', 'Kabupaten Melawi',        'REGENCY', '61'),
    ('61.11', '6111', 'Kabupaten Kayong Utara',  'REGENCY', '61'),
    ('61.12', '6112', 'Kabupaten Kubu Raya',     'REGENCY', '61'),
    ('61.71', '6171', 'Kota Pontianak',          'CITY',    '61'),
    ('61.72', '6172', 'Kota Singkawang',         'CITY',    '61');
