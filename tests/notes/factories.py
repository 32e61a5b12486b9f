"""Notes on a case or a docket entry."""

import factory

from notes.models import Note

from ..cases.factories import CaseFactory


class NoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Note

    case = factory.SubFactory(CaseFactory)
    author = None
    text = factory.Sequence(lambda n: f"Called the courtroom deputy about the hearing date ({n}).")
