"""Factories with legal-domain data: real courts, docket numbers in the courts' own form."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cases.models import Attorney, Case, CaseParty, CauseOfAction, Claim, Court, LawFirm, Party, Representation
from filings.models import ChronologyFact, DocketEntry, EventType


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Case

    court = factory.LazyFunction(lambda: Court.objects.get(pk="cand"))
    docket_number = factory.Sequence(lambda n: f"3:24-cv-{n + 1000:05d}")
    case_name = factory.Sequence(lambda n: f"Plaintiff {n} v. Acme Widgets, Inc.")
    date_filed = datetime.date(2024, 3, 4)


class PartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Party

    name = factory.Sequence(lambda n: f"Party {n} LLC")
    kind = Party.Kind.ORGANIZATION


class CasePartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseParty

    case = factory.SubFactory(CaseFactory)
    party = factory.SubFactory(PartyFactory)
    role = "plaintiff"


class LawFirmFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LawFirm

    name = factory.Sequence(lambda n: f"Firm {n} LLP")


class AttorneyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attorney

    name = factory.Sequence(lambda n: f"Attorney {n}")
    firm = factory.SubFactory(LawFirmFactory)
    email = factory.Sequence(lambda n: f"attorney{n}@example.com")


class RepresentationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Representation

    case_party = factory.SubFactory(CasePartyFactory)
    attorney = factory.SubFactory(AttorneyFactory)
    is_lead = True


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    case = factory.SubFactory(CaseFactory)
    count_number = factory.Sequence(lambda n: n + 1)
    cause_of_action = factory.LazyFunction(lambda: CauseOfAction.objects.get(name="Breach of contract"))


class DocketEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DocketEntry

    case = factory.SubFactory(CaseFactory)
    entry_number = factory.Sequence(lambda n: n + 1)
    sequence = factory.Sequence(lambda n: n + 1)
    date_filed = datetime.date(2024, 3, 4)
    event_type = factory.LazyFunction(lambda: EventType.objects.get(code="order"))
    description = factory.Sequence(lambda n: f"ORDER number {n} re case management.")


class ChronologyFactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChronologyFact

    case = factory.SubFactory(CaseFactory)
    date = datetime.date(2023, 6, 1)
    date_precision = ChronologyFact.Precision.MONTH
    description = "The parties sign the master services agreement."


def user_with_role(username, role, *, is_staff=False):
    user = get_user_model().objects.create_user(username=username, password="pw-" + username, is_staff=is_staff)
    user.groups.add(Group.objects.get(name=role))
    return user
