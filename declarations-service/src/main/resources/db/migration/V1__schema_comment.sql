-- The declarations service's database. Its tables arrive with the service's aggregates, one migration each.
COMMENT ON SCHEMA public IS 'declarations-service: Electronic goods declarations: submission, lifecycle, risk channels, charter clocks and officer assignment.';
