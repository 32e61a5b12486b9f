"""Factories for cases, parties, counsel and claims, with legal-domain data: real courts, docket numbers in the
courts' own form."""

import datetime

import factory

from cases.models import Attorney, Case, CaseParty, CauseOfAction, Claim, Court, LawFirm, Party, Representation


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
