"""An attorney is one row per name and firm: the database refuses a second, and the migration merged old twins."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from cases.models import Attorney, LawFirm

BEFORE = [("cases", "0008_matter_walls")]


def test_the_database_refuses_a_second_attorney_of_one_name_and_firm(db):
    """Another case of the letters, at the same firm or with none, is the same attorney; another firm is not."""
    firm = LawFirm.objects.create(name="Kreger Law")
    Attorney.objects.create(name="İlker Kostas", firm=firm)
    Attorney.objects.create(name="İlker Kostas")
    Attorney.objects.create(name="İlker Kostas", firm=LawFirm.objects.create(name="Other Law"))
    with pytest.raises(ValidationError, match="An attorney with this name already exists at this firm."):
        Attorney(name="ilker KOSTAS", firm=firm).full_clean()
    for twin in (Attorney(name="ILKER KOSTAS", firm=firm), Attorney(name="ilker kostas")):
        with pytest.raises(IntegrityError), transaction.atomic():
            twin.save()


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_the_migration_merges_attorneys_stored_twice():
    """Three rows of one attorney become the oldest, with the details and appearances the others had."""
    old = migrate(BEFORE)
    court = old.get_model("cases", "Court").objects.get_or_create(id="cand", defaults={"name": "N.D. Cal."})[0]
    case = old.get_model("cases", "Case").objects.create(court=court, docket_number="3:08-cv-00177", case_name="B")
    party = old.get_model("cases", "Party").objects.create(name="James Brady")
    other = old.get_model("cases", "Party").objects.create(name="Sarah Cavanagh")
    case_party = old.get_model("cases", "CaseParty")
    links = [case_party.objects.create(case=case, party=person, role="plaintiff") for person in (party, other)]
    firm = old.get_model("cases", "LawFirm").objects.create(name="Kreger Law")
    attorney = old.get_model("cases", "Attorney")
    kept = attorney.objects.create(name="Wayne Kreger", firm=firm)
    twins = [attorney.objects.create(name="WAYNE KREGER", firm=firm, email="wayne@kregerlaw.com"),
             attorney.objects.create(name="wayne kreger", firm=firm, phone="310-917-1083")]  # fmt: skip
    alone = attorney.objects.create(name="Wayne Kreger")  # no firm: another attorney
    representation = old.get_model("cases", "Representation")
    representation.objects.create(case_party=links[0], attorney=kept, is_lead=True)
    representation.objects.create(case_party=links[0], attorney=twins[0], date_terminated=datetime.date(2009, 6, 22))
    representation.objects.create(case_party=links[1], attorney=twins[1], to_be_noticed=True)

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    assert set(Attorney.objects.values_list("pk", flat=True)) == {kept.pk, alone.pk}
    merged = Attorney.objects.get(pk=kept.pk)
    assert (merged.name, merged.email, merged.phone) == ("Wayne Kreger", "wayne@kregerlaw.com", "310-917-1083")
    appearances = merged.representations.order_by("case_party__party__name")
    assert list(appearances.values_list("case_party__party__name", "is_lead", "to_be_noticed", "date_terminated")) == [
        ("James Brady", True, False, datetime.date(2009, 6, 22)),
        ("Sarah Cavanagh", False, True, None),
    ]
