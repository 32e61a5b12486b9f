"""Factories for the docket and the chronology."""

import datetime

import factory

from filings.models import ChronologyFact, DocketEntry, EventType

from ..cases.factories import CaseFactory


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
