"""Fixtures for the report pipeline's tests; worker processes come from tests/plugins/workers.py."""

import pytest

from casetracker.roles import ATTORNEY

from ..casetracker.factories import user_with_role
from ..helpers import restore_reference_data


@pytest.fixture
def reference_data(transactional_db):
    restore_reference_data()


@pytest.fixture
def attorney_client(client, reference_data):
    client.force_login(user_with_role("attorney", ATTORNEY))
    return client
