"""Fixtures for the report pipeline's tests; worker processes come from tests/workers.py."""

import pytest

from casetracker.roles import ATTORNEY

from ..factories import user_with_role
from ..helpers import restore_reference_data
from ..workers import clean_broker, stale_seconds, start_worker  # noqa: F401 (fixtures)


@pytest.fixture
def reference_data(transactional_db):
    restore_reference_data()


@pytest.fixture
def attorney_client(client, reference_data):
    client.force_login(user_with_role("attorney", ATTORNEY))
    return client
