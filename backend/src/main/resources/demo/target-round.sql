-- Demo: the round that sets next year's targets is open until the end of the year.
INSERT INTO target_round (year, deadline, status, opened_by) VALUES (2027, '2026-12-31', 'OPEN', 'admin')
ON CONFLICT (year) DO NOTHING;
