"""Keep the stored tsvectors current from every write path: services, the admin, importers, bulk loads.

PostgreSQL only: on the embedded SQLite default the case list falls back to a simple search.
"""

from django.db import migrations

FUNCTIONS = """
CREATE OR REPLACE FUNCTION casetracker_case_vector(target bigint, docket text, name text, short text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('simple', regexp_replace(coalesce(docket, ''), '[^[:alnum:]]+', ' ', 'g')), 'A')
      || setweight(to_tsvector('english', coalesce(name, '') || ' ' || coalesce(short, '')), 'A')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(p.name, ' ') FROM cases_caseparty cp JOIN cases_party p ON p.id = cp.party_id
           WHERE cp.case_id = target), '')), 'B')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(a.name || ' ' || coalesce(f.name, ''), ' ')
           FROM cases_representation r
           JOIN cases_caseparty cp ON cp.id = r.case_party_id
           JOIN cases_attorney a ON a.id = r.attorney_id
           LEFT JOIN cases_lawfirm f ON f.id = a.firm_id
           WHERE cp.case_id = target), '')), 'C')
$$;

CREATE OR REPLACE FUNCTION casetracker_case_search_refresh(targets bigint[]) RETURNS void LANGUAGE sql AS $$
  UPDATE cases_case SET search_vector = casetracker_case_vector(id, docket_number, case_name, short_name)
  WHERE id = ANY(targets)
$$;

CREATE OR REPLACE FUNCTION casetracker_case_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := casetracker_case_vector(NEW.id, NEW.docket_number, NEW.case_name, NEW.short_name);
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION casetracker_case_party_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM casetracker_case_search_refresh(ARRAY[OLD.case_id]); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM casetracker_case_search_refresh(ARRAY[NEW.case_id]); END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casetracker_party_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM casetracker_case_search_refresh(ARRAY(SELECT case_id FROM cases_caseparty WHERE party_id = NEW.id));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casetracker_representation_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE row_ cases_representation;
BEGIN
  row_ := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  PERFORM casetracker_case_search_refresh(ARRAY(SELECT case_id FROM cases_caseparty WHERE id = row_.case_party_id));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casetracker_attorney_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM casetracker_case_search_refresh(ARRAY(
    SELECT cp.case_id FROM cases_representation r JOIN cases_caseparty cp ON cp.id = r.case_party_id
    WHERE r.attorney_id = NEW.id));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casetracker_law_firm_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM casetracker_case_search_refresh(ARRAY(
    SELECT cp.case_id FROM cases_attorney a
    JOIN cases_representation r ON r.attorney_id = a.id
    JOIN cases_caseparty cp ON cp.id = r.case_party_id
    WHERE a.firm_id = NEW.id));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casetracker_docket_entry_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := to_tsvector('english', coalesce(NEW.description, ''));
  RETURN NEW;
END $$;
"""

TRIGGERS = """
CREATE TRIGGER case_search_vector BEFORE INSERT OR UPDATE OF docket_number, case_name, short_name
  ON cases_case FOR EACH ROW EXECUTE FUNCTION casetracker_case_vector_trigger();
CREATE TRIGGER case_party_search AFTER INSERT OR UPDATE OR DELETE
  ON cases_caseparty FOR EACH ROW EXECUTE FUNCTION casetracker_case_party_trigger();
CREATE TRIGGER party_search AFTER UPDATE OF name
  ON cases_party FOR EACH ROW EXECUTE FUNCTION casetracker_party_trigger();
CREATE TRIGGER representation_search AFTER INSERT OR UPDATE OR DELETE
  ON cases_representation FOR EACH ROW EXECUTE FUNCTION casetracker_representation_trigger();
CREATE TRIGGER attorney_search AFTER UPDATE OF name, firm_id
  ON cases_attorney FOR EACH ROW EXECUTE FUNCTION casetracker_attorney_trigger();
CREATE TRIGGER law_firm_search AFTER UPDATE OF name
  ON cases_lawfirm FOR EACH ROW EXECUTE FUNCTION casetracker_law_firm_trigger();
CREATE TRIGGER docket_entry_search_vector BEFORE INSERT OR UPDATE OF description
  ON filings_docketentry FOR EACH ROW EXECUTE FUNCTION casetracker_docket_entry_trigger();
CREATE INDEX case_search_vector_gin ON cases_case USING gin (search_vector);
CREATE INDEX docket_entry_search_vector_gin ON filings_docketentry USING gin (search_vector);
UPDATE cases_case SET search_vector = casetracker_case_vector(id, docket_number, case_name, short_name);
UPDATE filings_docketentry SET search_vector = to_tsvector('english', coalesce(description, ''));
"""

DROP = """
DROP TRIGGER IF EXISTS case_search_vector ON cases_case;
DROP TRIGGER IF EXISTS case_party_search ON cases_caseparty;
DROP TRIGGER IF EXISTS party_search ON cases_party;
DROP TRIGGER IF EXISTS representation_search ON cases_representation;
DROP TRIGGER IF EXISTS attorney_search ON cases_attorney;
DROP TRIGGER IF EXISTS law_firm_search ON cases_lawfirm;
DROP TRIGGER IF EXISTS docket_entry_search_vector ON filings_docketentry;
DROP INDEX IF EXISTS case_search_vector_gin;
DROP INDEX IF EXISTS docket_entry_search_vector_gin;
"""


def install(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FUNCTIONS)
        schema_editor.execute(TRIGGERS)


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("filings", "0004_docket_entry_search"),
        ("cases", "0004_case_source_and_search"),
    ]
    operations = [migrations.RunPython(install, uninstall)]
