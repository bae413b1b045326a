-- The inspections service's database. Its tables arrive with the service's aggregates, one migration each.
COMMENT ON SCHEMA public IS 'inspections-service: Planned, targeted and sealed surprise inspections, verifiable target draws, findings and accountability.';
