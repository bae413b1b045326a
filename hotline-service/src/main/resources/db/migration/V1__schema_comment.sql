-- The hotline service's database. Its tables arrive with the service's aggregates, one migration each.
COMMENT ON SCHEMA public IS 'hotline-service: Reports from businesses about officers: intake, legal clocks and reporter protection.';
