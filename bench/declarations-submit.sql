-- The statements one declaration submit runs (SubmitDeclaration and what it calls): look up the LRN and whether the declarant
-- declared before, take a number, pick and reserve the least-loaded officer at the gate with no interest in the
-- enterprise (and count one more for him), insert the declaration with its item and two history lines, two outbox
-- rows (sent to customs.bench.v1, not the real topic) and one audit entry, each with its place in the relay's or
-- the sealer's queue. pgbench runs them as one transaction per submit. New ids are UUID version 7 (creation
-- millisecond first), as TimeOrderedIds makes them.
\set r random(1, 2000000000)
BEGIN;
SELECT (SELECT id FROM declarations WHERE declarant_tax_id = '0000000001' AND lrn = 'P' || :client_id || '-' || :r),
  EXISTS (SELECT 1 FROM declarations WHERE declarant_tax_id = '0000000001' ORDER BY submitted_at LIMIT 1);
SELECT nextval('declaration_numbers') AS seq \gset
SELECT quote_literal(p.officer_id::text) AS officer_id FROM officer_postings p LEFT JOIN officer_workload w ON w.officer_id = p.officer_id
  WHERE p.unit_code = 'HUU_NGHI' AND p.valid_from <= current_date AND (p.valid_to IS NULL OR p.valid_to >= current_date)
  AND NOT EXISTS (SELECT 1 FROM officer_suspensions s WHERE s.officer_id = p.officer_id)
  AND NOT EXISTS (SELECT 1 FROM officer_records r WHERE r.officer_id = p.officer_id
    AND string_to_array(r.conflict_tax_ids, ',') && string_to_array('0000000001', ','))
  ORDER BY COALESCE(w.open_declarations, 0), p.officer_id LIMIT 1 FOR UPDATE OF p SKIP LOCKED \gset
INSERT INTO officer_workload (officer_id, open_declarations) VALUES (:officer_id, 1)
  ON CONFLICT (officer_id) DO UPDATE SET open_declarations = officer_workload.open_declarations + 1;
INSERT INTO declarations (id, lrn, number, content_hash, flow, procedure_code, gate_code, submission_channel,
  declarant_tax_id, declarant_name, counterparty_name, counterparty_country, mode, means_id, invoice_number,
  invoice_date, currency, amount, exchange_rate_vnd, usd_rate_vnd, incoterm, status, channel, risk_reasons,
  submitted_at, registered_at, clock_started_at, clock_committed_seconds, version)
VALUES (encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid, 'P' || :client_id || '-' || :seq, 'P' || lpad(:seq::text, 11, '0'),
  md5(:r::text) || md5(:client_id::text), 'IMPORT', 'A11', 'HUU_NGHI', 'ELECTRONIC', '0000000001',
  'Công ty TNHH Thương mại Đồng Đăng', 'Pingxiang Trading Co.', 'CN', 'ROAD', '12C-34567', 'INV-1', current_date,
  'USD', 1000.00, 25000, 25000, 'DAP', 'REGISTERED', 'GREEN', 'NO_RISK_FOUND', now(), now(), now(), 7200, 0)
RETURNING quote_literal(id::text) AS id \gset
INSERT INTO declaration_items (declaration_id, position, seq, hs_code, description, origin_country, quantity, unit,
  net_mass_kg, customs_value, import_duty_rate, import_duty_vnd, vat_vnd)
VALUES (:id, 0, 1, '08109094', 'Quả thanh long tươi', 'CN', 2000, 'KGM', 2000, 1000.00, 0.2, 5000000, 3000000);
INSERT INTO declaration_history (declaration_id, position, at, actor, action, from_status, to_status, note)
VALUES (:id, 0, now(), 'test-declarant', 'SUBMIT', NULL, 'SUBMITTED', NULL),
       (:id, 1, now(), 'system', 'REGISTER', 'SUBMITTED', 'REGISTERED', 'number');
WITH event AS (INSERT INTO platform_outbox (event_id, topic, record_key, event_type, source, subject, occurred_at, payload)
VALUES (encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid, 'customs.bench.v1', :id, 'customs.declarations.DeclarationSubmitted.v1',
        '/customs/declarations', :id, now(), '{"bench":true}'),
       (encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid, 'customs.bench.v1', :id, 'customs.declarations.DeclarationRegistered.v1',
        '/customs/declarations', :id, now(), '{"bench":true}') RETURNING position)
INSERT INTO platform_outbox_pending (position) SELECT position FROM event;
WITH entry AS (INSERT INTO platform_audit_entry (entry_id, recorded_at, subject, roles, action, object_type, object_id, details)
VALUES (encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid, now(), 'test-declarant', 'DECLARANT', 'submit-declaration', 'declaration', :id, '{}')
  RETURNING id)
INSERT INTO platform_audit_unsealed (id) SELECT id FROM entry;
COMMIT;
