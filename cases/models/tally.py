"""How many cases there are, kept current by the database on every insert and delete, so the case list need not
count 100,000 rows on each request.

Each statement that inserts or deletes cases adds one row holding its change (a trigger, PostgreSQL only);
the total is their sum, exact in every transaction's own view. Rows are folded into one now and then.
"""

from django.db import models


class CaseTally(models.Model):
    delta = models.BigIntegerField(help_text="Cases added (or, when negative, removed) by one statement.")

    class Meta:
        db_table = "cases_casetally"
        verbose_name_plural = "case tallies"
        default_permissions = ()

    def __str__(self):
        return f"{self.delta:+d}"
