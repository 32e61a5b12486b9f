"""From the bytes of an uploaded file to text of a known format, or a clear refusal."""

from .sheet import DocketImportError

HTML, JSON = "html", "json"


def text_read(content: bytes, *, max_bytes: int) -> tuple[str, str]:
    """Return (text, format) for a docket file, HTML or JSON, refusing empty, over-size and non-UTF-8 files."""
    if not content.strip():
        raise DocketImportError("The file is empty.")
    if len(content) > max_bytes:
        raise DocketImportError(
            f"The file is {size_text(len(content))}; the largest docket sheet accepted is {size_text(max_bytes)}."
        )
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocketImportError(
            f"The file is not UTF-8 text (byte 0x{content[error.start]:02x} at position {error.start} is not valid). "
            "Save the docket page again as UTF-8, as browsers do by default, and import that file."
        ) from None
    return text, text_format(text)


def text_format(text: str) -> str:
    first = text.lstrip()[:1]
    if first == "<":
        return HTML
    if first in "{[":
        return JSON
    raise DocketImportError(
        "This is neither a PACER docket report (an HTML page) nor a CourtListener docket (JSON): "
        f'it begins "{text.lstrip()[:40]}".'
    )


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
