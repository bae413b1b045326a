-- The staffing service's database. Its tables arrive with the service's aggregates, one migration each.
COMMENT ON SCHEMA public IS 'staffing-service: Units, posts, officers, postings history, anti-corruption rotation planning and asset declarations.';
