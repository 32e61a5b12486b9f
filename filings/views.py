"""Documents of the docket: attach a filed PDF to an entry, download one. Both check the role, then the case's walls."""

import re

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from cases.selectors import case_get
from cases.walls import logged_case_read
from casetracker.middleware import NO_STORE
from casetracker.roles import ATTACH_PERMISSION

from .dispositions import disposition_confirm
from .documents import attachment_add
from .forms import AttachmentUploadForm
from .panels import DOCKET_PAGE_SIZE
from .selectors import attachment_case_id, attachment_get, entry_docket_page, entry_get

VIEW_ATTACHMENT = "filings.view_docketattachment"


def download_name(attachment) -> str:
    """A file name that says what the document is, of plain characters only (no path, quote or control)."""
    entry = attachment.entry
    number = (
        f"ECF {entry.entry_number}-{attachment.number}" if entry.entry_number else f"attachment {attachment.number}"
    )
    words = re.sub(r"[^A-Za-z0-9 ._-]+", " ", attachment.description or "").strip(" .")[:80].strip()
    name = f"{entry.case.docket_number} {number}{f' {words}' if words else ''}"
    return re.sub(r"\s+", " ", name.replace(":", "-")) + ".pdf"


@permission_required(ATTACH_PERMISSION, raise_exception=True)
def attachment_upload(request, case_pk, entry_pk):
    """The Attach page of one docket entry; a saved PDF goes back to the entry's page of the docket."""
    entry = logged_case_read(
        request, lambda: case_pk, lambda: entry_get(user=request.user, case_pk=case_pk, pk=entry_pk)
    )
    form = AttachmentUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            attachment = attachment_add(
                entry=entry, upload=data["file"], user=request.user, description=data["description"]
            )
        except ValidationError as error:
            form.add_error(None, "Nothing was attached. " + " ".join(error.messages))
        else:
            messages.success(request, f"Attachment {attachment.number} is attached: {attachment.description}.")
            page = entry_docket_page(entry, DOCKET_PAGE_SIZE)
            return redirect(f"{entry.case.get_absolute_url()}?page={page}#docket")
    context = {"case": entry.case, "entry": entry, "form": form, "max_bytes": settings.ATTACHMENT_MAX_BYTES}
    return render(request, "filings/attach.html", context)


@require_GET
@permission_required(VIEW_ATTACHMENT, raise_exception=True)
def attachment_download(request, case_pk, pk):
    """The document, as a download that no browser or cache keeps and no browser reads as anything but a PDF."""
    attachment = logged_case_read(
        request, lambda: attachment_case_id(pk), lambda: attachment_get(user=request.user, case_pk=case_pk, pk=pk)
    )
    if not attachment.file:
        raise Http404("This attachment's document is not in Casetracker.")
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=download_name(attachment),
        content_type="application/pdf",
    )
    response["Cache-Control"] = NO_STORE
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_POST
@permission_required("cases.change_case", raise_exception=True)
def disposition_confirm_view(request, case_pk):
    """An administrator confirms the disposition the docket proposes; the case page says what was saved."""
    case = case_get(user=request.user, pk=case_pk)
    entry_pk = request.POST.get("entry", "")
    try:
        case = disposition_confirm(
            case=case,
            disposition=request.POST.get("disposition", ""),
            entry_pk=int(entry_pk) if entry_pk.isdigit() else 0,
            user=request.user,
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"Disposition recorded: {case.get_disposition_display()}.")
    return redirect(case.get_absolute_url())
