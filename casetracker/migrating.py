"""Helpers for migrations that move models from one app to another without copying a row.

The tables stay where they are (each moved model keeps its ``db_table``); only Django's record of which
app a model belongs to changes. Moving the content type along keeps every permission granted on the model,
every admin log entry and every history row pointing at the same rows.
"""

from django.db import migrations


def content_types_move(old_app: str, new_app: str, models: list[str]) -> migrations.RunPython:
    """A reversible operation that gives the models' content types to the new app."""

    def move(apps, old, new):
        content_type = apps.get_model("contenttypes", "ContentType")
        content_type.objects.filter(app_label=old, model__in=models).update(app_label=new)

    return migrations.RunPython(
        lambda apps, schema_editor: move(apps, old_app, new_app),
        lambda apps, schema_editor: move(apps, new_app, old_app),
    )


def permission_move(codename: str, old: tuple[str, str], new: tuple[str, str]) -> migrations.RunPython:
    """A reversible operation that re-homes one permission (and every grant of it) on another model."""

    def move(apps, source, target):
        content_type = apps.get_model("contenttypes", "ContentType")
        permission = apps.get_model("auth", "Permission")
        target_type, _ = content_type.objects.get_or_create(app_label=target[0], model=target[1])
        permission.objects.filter(
            codename=codename, content_type__app_label=source[0], content_type__model=source[1]
        ).update(content_type=target_type)

    return migrations.RunPython(
        lambda apps, schema_editor: move(apps, old, new),
        lambda apps, schema_editor: move(apps, new, old),
    )


class PostgreSQLOnly(migrations.SeparateDatabaseAndState):
    """Schema the embedded SQLite default cannot hold (an extension, a GIN index), built on PostgreSQL only and left
    out of the models' state, so that SQLite's table rebuilds never meet it."""

    def __init__(self, database_operations):
        super().__init__(database_operations=database_operations)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)

    def describe(self):
        return "On PostgreSQL only: " + "; ".join(operation.describe() for operation in self.database_operations)
