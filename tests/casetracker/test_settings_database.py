"""The database settings: Django's connection pool and PgBouncer's transaction mode, read from the environment.

Settings are read once, at import, so each test reads them in a child process with its own environment.
"""

import json

import pytest

from ..helpers import manage
from .test_gunicorn import shared_database_url

SHOW = "import json; from django.conf import settings; print(json.dumps(settings.DATABASES['default']))"
POSTGRES = "postgres://casetracker@db.example.com:6432/casetracker"


def database_settings(**env) -> dict:
    return json.loads(manage("shell", "--no-imports", "-c", SHOW, env=env).stdout)


def test_postgres_by_default_prepares_as_django_does_and_keeps_connections():
    """Without the variables: no pool, connections kept a minute, server-side cursors on."""
    database = database_settings(DATABASE_URL=POSTGRES)
    assert database["OPTIONS"] == {} and database["CONN_MAX_AGE"] == 60
    assert database["DISABLE_SERVER_SIDE_CURSORS"] is False


def test_pgbouncer_turns_off_prepared_statements_server_binding_and_server_side_cursors():
    """DJANGO_DB_PGBOUNCER=1: nothing outlives a transaction, and options in the URL are kept."""
    database = database_settings(DATABASE_URL=POSTGRES + "?sslmode=require", DJANGO_DB_PGBOUNCER="1")
    assert database["OPTIONS"] == {"sslmode": "require", "prepare_threshold": None, "server_side_binding": False}
    assert database["DISABLE_SERVER_SIDE_CURSORS"] is True


def test_the_pool_is_sized_from_the_environment_and_keeps_no_connection_of_its_own():
    """DJANGO_DB_POOL=1 with sizes and a timeout: Django's pool options, and CONN_MAX_AGE 0 as the pool needs."""
    env = {"DJANGO_DB_POOL_MIN_SIZE": "3", "DJANGO_DB_POOL_MAX_SIZE": "8", "DJANGO_DB_POOL_TIMEOUT": "2.5"}
    database = database_settings(DATABASE_URL=POSTGRES, DJANGO_DB_POOL="1", DJANGO_DB_PGBOUNCER="1", **env)
    assert database["OPTIONS"]["pool"] == {"min_size": 3, "max_size": 8, "timeout": 2.5}
    assert database["OPTIONS"]["prepare_threshold"] is None and database["CONN_MAX_AGE"] == 0
    assert database_settings(DATABASE_URL=POSTGRES, DJANGO_DB_POOL="1")["OPTIONS"]["pool"] == {
        "min_size": 1,
        "max_size": 4,
        "timeout": 10.0,
    }


def test_sqlite_takes_neither_the_pool_nor_pgbouncer():
    """The embedded default keeps its own options whatever the variables say."""
    database = database_settings(DATABASE_URL="sqlite:///:memory:", DJANGO_DB_POOL="1", DJANGO_DB_PGBOUNCER="1")
    assert database["OPTIONS"] == {"timeout": 30, "transaction_mode": "IMMEDIATE"}


@pytest.mark.django_db
def test_the_pool_lends_connections_to_a_real_database():
    """psycopg_pool is installed: through the pool, a query runs and the connection goes back to it (against the
    test database, the one database a fresh machine is sure to have)."""
    code = (
        "from django.db import connection; connection.ensure_connection(); pool = connection.pool; "
        "connection.close(); stats = pool.get_stats(); "
        "print(pool.max_size, stats['requests_num'], stats['pool_available'] == stats['pool_size'])"
    )
    env = {"DATABASE_URL": shared_database_url(), "DJANGO_DB_POOL": "1"}
    assert manage("shell", "--no-imports", "-c", code, env=env).stdout.split() == ["4", "1", "True"]
