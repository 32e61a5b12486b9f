"""The case page's docket keyword filter (each word ``icontains``: ``UPPER(description) LIKE '%WORD%'``) is answered
by a trigram index on the case and that same expression, instead of reading every entry of a long docket.

The case leads the index (btree_gin): a word common across all dockets ("transcript" is in one entry in sixteen)
is then looked up within the one case, where a trigram index of the text alone would gather its every entry in
every case first, which costs more than reading the case's 10,000 entries.

PostgreSQL only, and built concurrently, so a live docket stays writable while it builds: the embedded SQLite
default reads the docket as before.
"""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.operations import AddIndexConcurrently, BtreeGinExtension, TrigramExtension
from django.db import migrations
from django.db.models import F
from django.db.models.functions import Upper

from casetracker.migrating import PostgreSQLOnly


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run in a transaction

    dependencies = [("filings", "0013_search_what_a_case_holds")]
    operations = [
        PostgreSQLOnly(
            [
                TrigramExtension(),
                BtreeGinExtension(),
                AddIndexConcurrently(
                    "docketentry",
                    GinIndex(
                        F("case"),
                        OpClass(Upper("description"), name="gin_trgm_ops"),
                        name="docket_entry_case_text_trgm",
                    ),
                ),
            ]
        )
    ]
