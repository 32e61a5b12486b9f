"""Search reaches what a case is about, not only its names: the class definition, party descriptions, the claims
(summary, cause of action, statute, relief) and the chronology's facts join the case's search vector at the lowest
weight, kept current by triggers on each of those tables.

PostgreSQL only: the embedded SQLite default searches the same fields by substring (cases/search.py).
"""

from django.db import migrations

FUNCTIONS = """
CREATE OR REPLACE FUNCTION casetracker_case_about(target bigint, class_definition text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', concat_ws(' ',
      class_definition,
      (SELECT string_agg(concat_ws(' ', p.description, cp.description), ' ')
         FROM cases_caseparty cp JOIN cases_party p ON p.id = cp.party_id WHERE cp.case_id = target),
      (SELECT string_agg(concat_ws(' ', m.summary, c.name, c.statute), ' ')
         FROM cases_claim m JOIN cases_causeofaction c ON c.id = m.cause_of_action_id WHERE m.case_id = target),
      (SELECT string_agg(concat_ws(' ', r.description, r.authority), ' ')
         FROM cases_reliefsought r JOIN cases_claim m ON m.id = r.claim_id WHERE m.case_id = target),
      (SELECT string_agg(concat_ws(' ', f.description, f.source), ' ')
         FROM filings_chronologyfact f WHERE f.case_id = target))), 'D')
$$;

CREATE OR REPLACE FUNCTION casetracker_case_search_refresh(targets bigint[]) RETURNS void LANGUAGE sql AS $$
  UPDATE cases_case SET search_vector = casetracker_case_vector(id, docket_number, case_name, short_name)
      || casetracker_case_about(id, class_definition)
  WHERE id = ANY(targets)
$$;

CREATE OR REPLACE FUNCTION casetracker_case_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := casetracker_case_vector(NEW.id, NEW.docket_number, NEW.case_name, NEW.short_name)
      || casetracker_case_about(NEW.id, NEW.class_definition);
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION casetracker_case_owned_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM casetracker_case_search_refresh(ARRAY[OLD.case_id]); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM casetracker_case_search_refresh(ARRAY[NEW.case_id]); END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casetracker_relief_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed cases_reliefsought;
BEGIN
  changed := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  PERFORM casetracker_case_search_refresh(ARRAY(SELECT case_id FROM cases_claim WHERE id = changed.claim_id));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casetracker_cause_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM casetracker_case_search_refresh(ARRAY(SELECT case_id FROM cases_claim WHERE cause_of_action_id = NEW.id));
  RETURN NULL;
END $$;
"""

TRIGGERS = """
DROP TRIGGER IF EXISTS case_search_vector ON cases_case;
CREATE TRIGGER case_search_vector BEFORE INSERT OR UPDATE OF docket_number, case_name, short_name, class_definition
  ON cases_case FOR EACH ROW EXECUTE FUNCTION casetracker_case_vector_trigger();
DROP TRIGGER IF EXISTS party_search ON cases_party;
CREATE TRIGGER party_search AFTER UPDATE OF name, description
  ON cases_party FOR EACH ROW EXECUTE FUNCTION casetracker_party_trigger();
CREATE TRIGGER claim_search AFTER INSERT OR UPDATE OR DELETE
  ON cases_claim FOR EACH ROW EXECUTE FUNCTION casetracker_case_owned_trigger();
CREATE TRIGGER relief_search AFTER INSERT OR UPDATE OR DELETE
  ON cases_reliefsought FOR EACH ROW EXECUTE FUNCTION casetracker_relief_trigger();
CREATE TRIGGER cause_search AFTER UPDATE OF name, statute
  ON cases_causeofaction FOR EACH ROW EXECUTE FUNCTION casetracker_cause_trigger();
CREATE TRIGGER fact_search AFTER INSERT OR UPDATE OR DELETE
  ON filings_chronologyfact FOR EACH ROW EXECUTE FUNCTION casetracker_case_owned_trigger();
UPDATE cases_case SET search_vector = casetracker_case_vector(id, docket_number, case_name, short_name)
  || casetracker_case_about(id, class_definition);
"""

UNDO = """
DROP TRIGGER IF EXISTS claim_search ON cases_claim;
DROP TRIGGER IF EXISTS relief_search ON cases_reliefsought;
DROP TRIGGER IF EXISTS cause_search ON cases_causeofaction;
DROP TRIGGER IF EXISTS fact_search ON filings_chronologyfact;
DROP TRIGGER IF EXISTS party_search ON cases_party;
CREATE TRIGGER party_search AFTER UPDATE OF name
  ON cases_party FOR EACH ROW EXECUTE FUNCTION casetracker_party_trigger();
DROP TRIGGER IF EXISTS case_search_vector ON cases_case;
CREATE TRIGGER case_search_vector BEFORE INSERT OR UPDATE OF docket_number, case_name, short_name
  ON cases_case FOR EACH ROW EXECUTE FUNCTION casetracker_case_vector_trigger();
CREATE OR REPLACE FUNCTION casetracker_case_search_refresh(targets bigint[]) RETURNS void LANGUAGE sql AS $$
  UPDATE cases_case SET search_vector = casetracker_case_vector(id, docket_number, case_name, short_name)
  WHERE id = ANY(targets)
$$;
CREATE OR REPLACE FUNCTION casetracker_case_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := casetracker_case_vector(NEW.id, NEW.docket_number, NEW.case_name, NEW.short_name);
  RETURN NEW;
END $$;
DROP FUNCTION IF EXISTS casetracker_case_owned_trigger();
DROP FUNCTION IF EXISTS casetracker_relief_trigger();
DROP FUNCTION IF EXISTS casetracker_cause_trigger();
DROP FUNCTION IF EXISTS casetracker_case_about(bigint, text);
UPDATE cases_case SET search_vector = casetracker_case_vector(id, docket_number, case_name, short_name);
"""


def install(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FUNCTIONS)
        schema_editor.execute(TRIGGERS)


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(UNDO)


class Migration(migrations.Migration):
    dependencies = [
        ("filings", "0012_attachment_files"),
        ("cases", "0012_indexes_for_the_access_rule"),
    ]
    operations = [migrations.RunPython(install, uninstall)]
