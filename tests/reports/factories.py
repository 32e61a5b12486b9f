"""Factories for reports and their parts: a queued report of a case, a ready one with its file."""

import factory
from django.core.files.base import ContentFile

from reports.models import Report, ReportPart

from ..cases.factories import CaseFactory


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    case = factory.SubFactory(CaseFactory)
    requested_by = None

    class Params:
        ready = factory.Trait(
            status=Report.Status.READY,
            progress=100,
            page_count=3,
            file_size=13,
            sha256="f" * 64,
            file=factory.LazyFunction(lambda: ContentFile(b"%PDF-1.7 test", name="ready.pdf")),
        )


class ReportPartFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportPart

    report = factory.SubFactory(ReportFactory)
    index = factory.Sequence(int)
