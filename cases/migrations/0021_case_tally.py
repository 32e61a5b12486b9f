"""The case tally: one row per statement that inserts or deletes cases, written by statement-level triggers
(PostgreSQL only; the embedded SQLite default counts its few cases directly)."""

from django.db import migrations, models

INSTALL = """
CREATE OR REPLACE FUNCTION casetracker_case_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN SELECT count(*) INTO changed FROM added;
  ELSE SELECT -count(*) INTO changed FROM removed; END IF;
  IF changed <> 0 THEN INSERT INTO cases_casetally (delta) VALUES (changed); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER case_tally_insert AFTER INSERT ON cases_case REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION casetracker_case_tally();
CREATE TRIGGER case_tally_delete AFTER DELETE ON cases_case REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION casetracker_case_tally();
INSERT INTO cases_casetally (delta) SELECT count(*) FROM cases_case;
"""
UNINSTALL = """
DROP TRIGGER IF EXISTS case_tally_insert ON cases_case;
DROP TRIGGER IF EXISTS case_tally_delete ON cases_case;
DROP FUNCTION IF EXISTS casetracker_case_tally();
"""


def install(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(INSTALL)


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(UNINSTALL)


class Migration(migrations.Migration):
    dependencies = [("cases", "0020_case_demand_default")]

    operations = [
        migrations.CreateModel(
            name="CaseTally",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "delta",
                    models.BigIntegerField(help_text="Cases added (or, when negative, removed) by one statement."),
                ),
            ],
            options={"db_table": "cases_casetally", "verbose_name_plural": "case tallies", "default_permissions": ()},
        ),
        migrations.RunPython(install, uninstall),
    ]
