from django import template

register = template.Library()


@register.filter
def editable_by(note, user) -> bool:
    """Whether this user may still edit the note (its author, within the edit window)."""
    return note.editable_by(user)
