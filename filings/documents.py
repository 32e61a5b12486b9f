"""Attaching a filed PDF to a docket entry: checked, numbered after the entry's last attachment, stored through
Django's storage API (so object storage can take the local folder's place by configuration), never half-written."""

import hashlib
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.template.defaultfilters import filesizeformat
from django.utils import timezone

from .models import DocketAttachment, DocketEntry

PDF_HEADER = b"%PDF-"
CHUNK = 1024 * 1024


def size_text(size: int) -> str:
    return filesizeformat(size).replace("\xa0", " ")


def pdf_check(upload) -> None:
    """A PDF by its content, not its name, within ATTACHMENT_MAX_BYTES. Raises ValidationError saying what is wrong."""
    limit = settings.ATTACHMENT_MAX_BYTES
    if not upload.size:
        raise ValidationError("The file is empty.")
    if upload.size > limit:
        raise ValidationError(f"The file is {size_text(upload.size)}; an attachment may be at most {size_text(limit)}.")
    upload.seek(0)
    header = upload.read(len(PDF_HEADER))
    upload.seek(0)
    if header != PDF_HEADER:
        raise ValidationError("This file is not a PDF (a PDF begins with %PDF-). Attach the filed document as a PDF.")


def file_digest(upload) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks(CHUNK):
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def attachment_file_store(attachment: DocketAttachment, upload, *, user) -> None:
    """Put the upload in storage under a name of its own, and record its name, size, digest, who and when."""
    attachment.file_name = upload.name.rsplit("/", 1)[-1][:255]
    attachment.file_size = upload.size
    attachment.file_sha256 = file_digest(upload)
    attachment.uploaded_by, attachment.uploaded_at = user, timezone.now()
    attachment.file.save(f"{uuid.uuid4().hex}.pdf", upload, save=False)


def attachment_add(*, entry: DocketEntry, upload, user, description: str = "") -> DocketAttachment:
    """Attach a checked PDF to the entry as its next attachment. If the row cannot be saved, the file is removed."""
    pdf_check(upload)
    stored = ""
    try:
        with transaction.atomic():
            locked = DocketEntry.objects.select_for_update().get(pk=entry.pk)  # one number per entry at a time
            last = locked.attachments.aggregate(last=Max("number"))["last"] or 0
            attachment = DocketAttachment(entry=locked, number=last + 1, description=description.strip())
            if not attachment.description:
                attachment.description = upload.name.rsplit("/", 1)[-1].removesuffix(".pdf").removesuffix(".PDF")
            attachment_file_store(attachment, upload, user=user)
            stored = attachment.file.name
            attachment.full_clean()
            attachment.save()
    except BaseException:
        if stored:
            attachment.file.storage.delete(stored)
        raise
    return attachment


def attachment_file_replace(*, attachment: DocketAttachment, upload, user) -> None:
    """Give an attachment (the admin's, new or not) a checked PDF and save it; if the row cannot be saved, the new
    file is removed. A file it replaces stays in storage, where the attachment's history still names it."""
    pdf_check(upload)
    attachment_file_store(attachment, upload, user=user)
    try:
        attachment.save()
    except BaseException:
        attachment.file.storage.delete(attachment.file.name)
        raise
