"""Appellate cases and appeals, in the courts' own forms: Ninth Circuit numbers, the District of Hawaii below."""

import datetime

import factory

from appeals.models import Appeal
from cases.models import Court

from ..cases.factories import CaseFactory


class AppellateCaseFactory(CaseFactory):
    court = factory.LazyFunction(lambda: Court.objects.get(pk="ca9"))
    docket_number = factory.Sequence(lambda n: f"24-{n + 1500}")
    case_name = factory.Sequence(lambda n: f"Appellant {n} v. Acme Widgets, Inc.")
    date_filed = datetime.date(2024, 6, 3)


class AppealFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Appeal

    case = factory.SubFactory(AppellateCaseFactory)
    case_type = "civil, private"
    appeal_from = "U.S. District Court for Northern California, San Francisco"


def district_case(number: str = "1:17-cv-00050", court: str = "hid", **fields):
    return CaseFactory(court=Court.objects.get(pk=court), docket_number=number, **fields)
