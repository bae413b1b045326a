#!/bin/sh
# Runs once, when the PostgreSQL container initialises an empty data directory: one user and one database
# per service, each database owned by its service's user (the services' Flyway migrations create the tables).
set -eu

create() {
  name="$1"; password="$2"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name" ENCODING 'UTF8' TEMPLATE template0;
SQL
}

create declarations "$DECLARATIONS_DB_PASSWORD"
create staffing "$STAFFING_DB_PASSWORD"
create hotline "$HOTLINE_DB_PASSWORD"
create inspections "$INSPECTIONS_DB_PASSWORD"
