"""The appeal: what an appellate sheet says of it, written through appeals.services, and the links either way.

An appellate sheet records the appeal and links it to its case below when that case is already here; any sheet's
case may be the case below that appeals imported before it were waiting for. Each link is a line of the import's
summary, naming only cases the importing user may see.
"""

from appeals.services import appeal_record, appeals_awaiting_link
from cases.models import Case

from ..sheet import DocketSheet
from .common import Writer, service_refusals


def appeal_write(sheet: DocketSheet, *, case: Case, writer: Writer) -> list[str]:
    """Record the sheet's appeal, if it is an appellate sheet, and link what can be linked. Returns the summary's
    lines about the links made."""
    lines = []
    if sheet.appeal is not None:
        with service_refusals():
            recorded = appeal_record(case, sheet.appeal, user=writer.user, reason=writer.reason[:100])
        if recorded.linked is not None and _may_see(writer.user, recorded.linked):
            lines.append(f"Linked to the case below: {recorded.linked}")
    for appeal in appeals_awaiting_link(case, user=writer.user):
        if _may_see(writer.user, appeal.case):
            lines.append(f"Linked to its appeal: {appeal.case}")
    return lines


def _may_see(user, case: Case) -> bool:
    """The command imports as the server's operator (no user), who may see everything."""
    return user is None or Case.objects.for_user(user).filter(pk=case.pk).exists()
