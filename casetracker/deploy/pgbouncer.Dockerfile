# PgBouncer as Debian 12 ships it (1.18), the one tests/casetracker/test_pgbouncer.py runs the site through.
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends pgbouncer \
    && rm -rf /var/lib/apt/lists/*
COPY casetracker/deploy/pgbouncer.ini /etc/pgbouncer/pgbouncer.ini
USER postgres
EXPOSE 6432
# The one account it admits, and logs in to PostgreSQL as, comes from the environment: no password in the image.
CMD ["sh", "-c", "printf '\"%s\" \"%s\"\\n' \"$DB_USER\" \"$DB_PASSWORD\" > /tmp/userlist.txt && exec pgbouncer /etc/pgbouncer/pgbouncer.ini"]
