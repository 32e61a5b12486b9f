"""Keep the cases' stored tsvectors current from every write path: services, the admin, importers, bulk loads.

Two vectors per case, each with a GIN index:
- search_vector: docket number, names, parties and counsel (weighted), refreshed when any of them changes;
- docket_vector: every lexeme of the case's docket text, without positions, so one index lookup finds
  cases by their docket text however long the docket is. Entry triggers are per statement, so a bulk
  insert of a whole docket updates its case once.

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

CREATE OR REPLACE FUNCTION casetracker_docket_vector(target bigint) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT array_to_tsvector(coalesce(array_agg(DISTINCT word.lexeme), '{}'))
  FROM filings_docketentry entry, unnest(to_tsvector('english', entry.description)) word
  WHERE entry.case_id = target
$$;

CREATE OR REPLACE FUNCTION casetracker_docket_refresh(targets bigint[]) RETURNS void LANGUAGE sql AS $$
  UPDATE cases_case SET docket_vector = casetracker_docket_vector(id) WHERE id = ANY(targets)
$$;

-- A search's words, with phrase adjacency relaxed to "all of these words", for the position-less docket vector.
CREATE OR REPLACE FUNCTION casetracker_docket_query(words text) RETURNS tsquery LANGUAGE sql STABLE AS $$
  SELECT regexp_replace(websearch_to_tsquery('english', words)::text, '<(-|[0-9]+)>', '&', 'g')::tsquery
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
DECLARE changed cases_representation;
BEGIN
  changed := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  PERFORM casetracker_case_search_refresh(ARRAY(SELECT case_id FROM cases_caseparty WHERE id = changed.case_party_id));
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

CREATE OR REPLACE FUNCTION casetracker_entries_added_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cases_case c SET docket_vector = coalesce(c.docket_vector, ''::tsvector) || added.words
  FROM (
    SELECT entry.case_id, array_to_tsvector(array_agg(DISTINCT word.lexeme)) AS words
    FROM added_entries entry, unnest(to_tsvector('english', entry.description)) word
    GROUP BY entry.case_id
  ) added
  WHERE c.id = added.case_id;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casetracker_entries_changed_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM casetracker_docket_refresh(ARRAY(
    SELECT before.case_id FROM old_entries before JOIN new_entries after ON after.id = before.id
    WHERE after.description IS DISTINCT FROM before.description OR after.case_id <> before.case_id
    UNION SELECT after.case_id FROM old_entries before JOIN new_entries after ON after.id = before.id
    WHERE after.description IS DISTINCT FROM before.description OR after.case_id <> before.case_id));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casetracker_entries_removed_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM casetracker_docket_refresh(ARRAY(SELECT DISTINCT case_id FROM old_entries));
  RETURN NULL;
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
CREATE TRIGGER docket_entries_added AFTER INSERT ON filings_docketentry
  REFERENCING NEW TABLE AS added_entries FOR EACH STATEMENT EXECUTE FUNCTION casetracker_entries_added_trigger();
CREATE TRIGGER docket_entries_changed AFTER UPDATE ON filings_docketentry
  REFERENCING OLD TABLE AS old_entries NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION casetracker_entries_changed_trigger();
CREATE TRIGGER docket_entries_removed AFTER DELETE ON filings_docketentry
  REFERENCING OLD TABLE AS old_entries FOR EACH STATEMENT EXECUTE FUNCTION casetracker_entries_removed_trigger();
CREATE INDEX case_search_vector_gin ON cases_case USING gin (search_vector);
CREATE INDEX case_docket_vector_gin ON cases_case USING gin (docket_vector);
UPDATE cases_case SET search_vector = casetracker_case_vector(id, docket_number, case_name, short_name),
  docket_vector = casetracker_docket_vector(id);
"""

DROP = """
DROP TRIGGER IF EXISTS case_search_vector ON cases_case;
DROP TRIGGER IF EXISTS case_party_search ON cases_caseparty;
DROP TRIGGER IF EXISTS party_search ON cases_party;
DROP TRIGGER IF EXISTS representation_search ON cases_representation;
DROP TRIGGER IF EXISTS attorney_search ON cases_attorney;
DROP TRIGGER IF EXISTS law_firm_search ON cases_lawfirm;
DROP TRIGGER IF EXISTS docket_entries_added ON filings_docketentry;
DROP TRIGGER IF EXISTS docket_entries_changed ON filings_docketentry;
DROP TRIGGER IF EXISTS docket_entries_removed ON filings_docketentry;
DROP INDEX IF EXISTS case_search_vector_gin;
DROP INDEX IF EXISTS case_docket_vector_gin;
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
        ("filings", "0004_docket_entry_event_index"),
        ("cases", "0004_case_source_and_search"),
    ]
    operations = [migrations.RunPython(install, uninstall)]
