#!/usr/bin/env bash
# Creates one database per PSR service, each owned by its own login role, so that a
# service can reach only its own data (ARCHITECTURE.md: "each with its own PostgreSQL
# database"). The official postgres image runs this once, on an empty data directory.
#
# Passwords come from the environment (PSR_<NAME>_DB_PASSWORD, e.g.
# PSR_PARTNERSYNC_DB_PASSWORD); docker-compose.yml passes the same values to the services.
set -euo pipefail

databases=(incident register notification letters partnersync)

for name in "${databases[@]}"; do
	password_variable="PSR_${name^^}_DB_PASSWORD"
	password="${!password_variable:-}"
	if [[ -z "$password" ]]; then
		echo "init-databases: $password_variable is not set" >&2
		exit 1
	fi
	echo "init-databases: creating role and database '$name'"
	# psql variables (:"ident", :'literal') quote the name and the password safely;
	# they are expanded only in SQL read from stdin, not in -c.
	psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
		-v name="$name" -v password="$password" <<-'SQL'
		CREATE ROLE :"name" LOGIN PASSWORD :'password';
		CREATE DATABASE :"name" OWNER :"name";
		-- no other role may connect: one service, one database
		REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
	SQL
done
