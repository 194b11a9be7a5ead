-- Demo evaluation cycle: the September 2022 monitoring and evaluation meeting of strategic cooperative
-- and SME programs in Pontianak with the regencies and cities, and the one a year later; their
-- agreements, findings, recommendations in every follow-up status (some overdue) and follow-ups.

INSERT INTO meeting (id, title, meeting_date, place, year, periods, minutes) VALUES
('00000000-0000-4000-8000-000000000001', 'Monitoring dan Evaluasi Program Strategis Bidang KUMKM Tahun 2022',
 '2022-09-22', 'Pontianak', 2022, '2022S1',
 'Dibuka oleh Kepala Diskop-UKM Provinsi Kalbar. Pertemuan menjadi sarana mencari solusi atas masalah yang dihadapi bidang KUMKM dalam melaksanakan program strategis koperasi dan UMKM di kabupaten/kota, serta bahan masukan penyusunan target kegiatan strategis tahun mendatang. Ditekankan pentingnya satu gerak dengan Kementerian Koperasi dan UKM, terutama akses permodalan koperasi.'),
('00000000-0000-4000-8000-000000000002', 'Monitoring dan Evaluasi Program Strategis Bidang KUMKM Tahun 2023',
 '2023-09-21', 'Pontianak', 2023, '2023S1',
 'Tindak lanjut kesepakatan tahun 2022 dibahas per kabupaten/kota. Akses permodalan dan kualitas data koperasi masih menjadi permasalahan utama.')
ON CONFLICT (id) DO NOTHING;

INSERT INTO meeting_region (meeting_id, region_code, attended)
SELECT '00000000-0000-4000-8000-000000000001', code, code <> '61.11' FROM region WHERE level <> 'PROVINCE'
ON CONFLICT DO NOTHING;
INSERT INTO meeting_region (meeting_id, region_code, attended)
SELECT '00000000-0000-4000-8000-000000000002', code, true FROM region WHERE level <> 'PROVINCE'
ON CONFLICT DO NOTHING;

INSERT INTO agreement (id, meeting_id, text, owner_level, owner_region_code, due_date, status) VALUES
('00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-000000000001',
 'Provinsi dan kabupaten/kota satu gerak dengan Kementerian Koperasi dan UKM dalam fasilitasi akses permodalan koperasi.',
 'PROVINCE', '61', '2022-12-31', 'DONE'),
('00000000-0000-4000-8000-000000000012', '00000000-0000-4000-8000-000000000001',
 'Kabupaten/kota memutakhirkan data koperasi aktif pada ODS paling lambat akhir tahun.',
 'REGENCY', '61.06', '2022-12-31', 'IN_PROGRESS'),
('00000000-0000-4000-8000-000000000013', '00000000-0000-4000-8000-000000000001',
 'Pembinaan koperasi dan UMKM dilakukan sesuai kewenangan masing-masing tingkat pemerintahan.',
 'PROVINCE', '61', NULL, 'OPEN'),
('00000000-0000-4000-8000-000000000014', '00000000-0000-4000-8000-000000000002',
 'Provinsi menyusun rencana pelatihan pengelola KSP berbasis hasil penilaian kesehatan 2023.',
 'PROVINCE', '61', '2023-12-15', 'DONE'),
('00000000-0000-4000-8000-000000000015', '00000000-0000-4000-8000-000000000002',
 'Kementerian memfasilitasi penyaluran dana bergulir LPDB bagi koperasi di kabupaten perbatasan.',
 'MINISTRY', NULL, '2024-03-31', 'OPEN')
ON CONFLICT (id) DO NOTHING;

INSERT INTO finding (id, meeting_id, region_code, program_code, indicator_code, category, severity, title, description, found_on, status, created_by) VALUES
('00000000-0000-4000-8000-000000000101', '00000000-0000-4000-8000-000000000001', '61.06', '2.17.06', '2.17.06.01', 'CAPITAL_ACCESS', 'HIGH',
 'Koperasi di Kapuas Hulu sulit mengakses pembiayaan', 'Sebagian besar koperasi belum memenuhi syarat administrasi LPDB dan perbankan; laporan keuangan belum diaudit.', '2022-09-22', 'OPEN', 'verifier'),
('00000000-0000-4000-8000-000000000102', '00000000-0000-4000-8000-000000000001', '61.11', '2.17.06', '2.17.06.01', 'CAPITAL_ACCESS', 'HIGH',
 'Belum ada koperasi di Kayong Utara yang memperoleh dana bergulir', 'Pendampingan penyusunan proposal pembiayaan belum tersedia di kabupaten.', '2022-09-22', 'OPEN', 'verifier'),
('00000000-0000-4000-8000-000000000103', '00000000-0000-4000-8000-000000000001', '61.01', '2.17.03', '2.17.03.02', 'DATA_QUALITY', 'MEDIUM',
 'Data koperasi aktif di Sambas berbeda dengan ODS', 'Terdapat selisih jumlah koperasi aktif antara data dinas dan Online Data System kementerian.', '2022-09-22', 'CLOSED', 'verifier'),
('00000000-0000-4000-8000-000000000104', '00000000-0000-4000-8000-000000000001', '61', '2.17.05', NULL, 'HUMAN_RESOURCES', 'MEDIUM',
 'Keterbatasan pengawas koperasi bersertifikat', 'Jumlah pengawas koperasi bersertifikat di provinsi dan kabupaten/kota belum sebanding dengan jumlah koperasi.', '2022-09-22', 'OPEN', 'admin'),
('00000000-0000-4000-8000-000000000105', '00000000-0000-4000-8000-000000000001', '61.71', '2.17.07', '2.17.07.01', 'CAPITAL_ACCESS', 'MEDIUM',
 'Penyaluran KUR kepada usaha mikro di Pontianak belum merata', 'Pelaku usaha mikro di kecamatan pinggiran belum terjangkau bank penyalur.', '2022-09-22', 'CLOSED', 'verifier'),
('00000000-0000-4000-8000-000000000106', '00000000-0000-4000-8000-000000000002', '61.10', '2.17.07', '2.17.07.04', 'MARKET_ACCESS', 'MEDIUM',
 'UMKM Melawi belum banyak masuk pasar digital', 'Keterbatasan jaringan internet dan pendampingan membuat onboarding lokapasar rendah.', '2023-09-21', 'OPEN', 'verifier'),
('00000000-0000-4000-8000-000000000107', '00000000-0000-4000-8000-000000000002', '61.12', '2.17.04', '2.17.04.03', 'REGULATION', 'HIGH',
 'NPL KSP di Kubu Raya melebihi batas', 'Beberapa KSP besar mencatat kredit bermasalah di atas 10% dan belum menyusun rencana penyehatan.', '2023-09-21', 'OPEN', 'verifier'),
('00000000-0000-4000-8000-000000000108', '00000000-0000-4000-8000-000000000002', '61.06', '2.17.06', '2.17.06.02', 'CAPITAL_ACCESS', 'HIGH',
 'Nilai pembiayaan koperasi Kapuas Hulu masih rendah', 'Kelanjutan temuan 2022: pengajuan pembiayaan meningkat tetapi nilai yang disetujui masih kecil.', '2023-09-21', 'OPEN', 'verifier'),
('00000000-0000-4000-8000-000000000109', '00000000-0000-4000-8000-000000000002', '61', NULL, NULL, 'BUDGET', 'LOW',
 'Anggaran monev kabupaten/kota terbatas', 'Sebagian kabupaten/kota tidak menganggarkan perjalanan untuk monitoring koperasi di kecamatan.', '2023-09-21', 'CLOSED', 'admin'),
('00000000-0000-4000-8000-000000000110', NULL, '61.04', '2.17.06', NULL, 'COORDINATION', 'LOW',
 'Koordinasi program kemitraan koperasi di Ketapang', 'Program kemitraan dengan perusahaan perkebunan belum terkoordinasi dengan dinas.', '2024-03-14', 'OPEN', 'op-6104')
ON CONFLICT (id) DO NOTHING;

INSERT INTO recommendation (id, finding_id, text, responsible_level, responsible_region_code, due_date, status, status_reason) VALUES
('00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000101', 'Pendampingan penyusunan laporan keuangan dan proposal pembiayaan bagi 20 koperasi.', 'REGENCY', '61.06', '2022-11-21', 'IN_PROGRESS', NULL),
('00000000-0000-4000-8000-000000000202', '00000000-0000-4000-8000-000000000101', 'Fasilitasi temu bisnis koperasi dengan LPDB dan bank daerah.', 'PROVINCE', '61', '2022-11-21', 'DONE', NULL),
('00000000-0000-4000-8000-000000000203', '00000000-0000-4000-8000-000000000102', 'Menugaskan pendamping koperasi untuk penyusunan proposal dana bergulir.', 'REGENCY', '61.11', '2022-11-21', 'NOT_ACTED', NULL),
('00000000-0000-4000-8000-000000000204', '00000000-0000-4000-8000-000000000103', 'Rekonsiliasi data koperasi aktif dengan ODS setiap semester.', 'REGENCY', '61.01', '2022-11-21', 'DONE', NULL),
('00000000-0000-4000-8000-000000000205', '00000000-0000-4000-8000-000000000104', 'Mengusulkan diklat sertifikasi pengawas koperasi ke kementerian.', 'PROVINCE', '61', '2022-11-21', 'IN_PROGRESS', NULL),
('00000000-0000-4000-8000-000000000206', '00000000-0000-4000-8000-000000000104', 'Menambah formasi jabatan fungsional pengawas koperasi.', 'PROVINCE', '61', '2022-11-21', 'CANNOT_ACT', 'Formasi jabatan fungsional ditetapkan pemerintah pusat; tidak dapat ditindaklanjuti oleh dinas.'),
('00000000-0000-4000-8000-000000000207', '00000000-0000-4000-8000-000000000105', 'Koordinasi dengan bank penyalur untuk layanan KUR keliling di kecamatan pinggiran.', 'REGENCY', '61.71', '2022-11-21', 'DONE', NULL),
('00000000-0000-4000-8000-000000000208', '00000000-0000-4000-8000-000000000106', 'Pelatihan pemasaran digital dan pendampingan onboarding lokapasar.', 'REGENCY', '61.10', '2023-11-20', 'NOT_ACTED', NULL),
('00000000-0000-4000-8000-000000000209', '00000000-0000-4000-8000-000000000107', 'Pemeriksaan khusus dan penyusunan rencana penyehatan KSP.', 'PROVINCE', '61', '2023-11-20', 'IN_PROGRESS', NULL),
('00000000-0000-4000-8000-000000000210', '00000000-0000-4000-8000-000000000108', 'Kurasi usulan pembiayaan koperasi sebelum diajukan ke LPDB.', 'PROVINCE', '61', '2023-11-20', 'IN_PROGRESS', NULL),
('00000000-0000-4000-8000-000000000211', '00000000-0000-4000-8000-000000000109', 'Kabupaten/kota menganggarkan monitoring koperasi pada APBD perubahan.', 'REGENCY', '61.05', '2023-11-20', 'DONE', NULL),
('00000000-0000-4000-8000-000000000212', '00000000-0000-4000-8000-000000000110', 'Membentuk forum kemitraan koperasi dan perusahaan di Ketapang.', 'REGENCY', '61.04', '2027-03-31', 'NOT_ACTED', NULL)
ON CONFLICT (id) DO NOTHING;

INSERT INTO follow_up (id, recommendation_id, action_date, description, evidence_url, new_status, status_reason, created_by) VALUES
('00000000-0000-4000-8000-000000000301', '00000000-0000-4000-8000-000000000202', '2022-10-27', 'Temu bisnis koperasi dengan LPDB-KUMKM dan Bank Kalbar dilaksanakan di Putussibau.', NULL, 'DONE', NULL, 'verifier'),
('00000000-0000-4000-8000-000000000302', '00000000-0000-4000-8000-000000000201', '2022-11-15', 'Pendampingan tahap pertama untuk 8 koperasi.', NULL, 'IN_PROGRESS', NULL, 'op-6108'),
('00000000-0000-4000-8000-000000000303', '00000000-0000-4000-8000-000000000204', '2023-01-16', 'Rekonsiliasi data semester II 2022 selesai; selisih 37 koperasi dikoreksi.', NULL, 'DONE', NULL, 'op-6101'),
('00000000-0000-4000-8000-000000000304', '00000000-0000-4000-8000-000000000206', '2022-12-05', 'Surat usulan formasi dijawab kementerian: kewenangan pusat.', NULL, 'CANNOT_ACT', 'Formasi jabatan fungsional ditetapkan pemerintah pusat; tidak dapat ditindaklanjuti oleh dinas.', 'admin'),
('00000000-0000-4000-8000-000000000305', '00000000-0000-4000-8000-000000000207', '2022-11-10', 'Layanan KUR keliling dibuka di Pontianak Utara dan Pontianak Tenggara.', NULL, 'DONE', NULL, 'op-6171'),
('00000000-0000-4000-8000-000000000306', '00000000-0000-4000-8000-000000000209', '2023-10-30', 'Pemeriksaan khusus terhadap 3 KSP selesai; rencana penyehatan sedang disusun.', NULL, 'IN_PROGRESS', NULL, 'verifier'),
('00000000-0000-4000-8000-000000000307', '00000000-0000-4000-8000-000000000211', '2023-10-02', 'Anggaran monitoring koperasi masuk APBD perubahan Sintang.', NULL, 'DONE', NULL, 'op-6105')
ON CONFLICT (id) DO NOTHING;
