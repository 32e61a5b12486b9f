import pytest

from casetracker.roles import ADMINISTRATOR, ATTORNEY, PARALEGAL
from devdata.demo import reference_case_load
from filings.recorded import receiver_register, receiver_unregister

from .casetracker.factories import user_with_role


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded documents and rendered PDFs go to a temporary folder, never into the repo."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def fresh_filter_choices():
    """Each test starts as a fresh web process would: no filter choices kept from a test whose rows are gone."""
    from cases import choices

    choices.forget()


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    """Pages render without a collectstatic run; production serves hashed names through WhiteNoise."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def reference_case(db):
    return reference_case_load()


@pytest.fixture
def paralegal(db):
    return user_with_role("paralegal", PARALEGAL)


@pytest.fixture
def attorney(db):
    return user_with_role("attorney", ATTORNEY)


@pytest.fixture
def administrator(db):
    return user_with_role("administrator", ADMINISTRATOR, is_staff=True)


@pytest.fixture
def admin_client(client, administrator):
    client.force_login(administrator)
    return client


@pytest.fixture
def heard():
    """Every EntriesRecorded that the docket's seam announces during the test, in order."""
    calls = []
    receiver_register(calls.append)
    yield calls
    receiver_unregister(calls.append)


@pytest.fixture(scope="session")
def embedded_demo_file(tmp_path_factory):
    """An SQLite file migrated and loaded with the demo once per run; each test takes its own copy."""
    from .helpers import embedded_env, manage

    folder = tmp_path_factory.mktemp("embedded-demo")
    env = embedded_env(folder)
    manage("migrate", "--noinput", env=env)
    manage("load_demo", env=env)
    return folder / "casetracker.sqlite3"


@pytest.fixture
def embedded_demo(embedded_demo_file, tmp_path):
    """The environment of a copy of the embedded demo database, for `manage(..., env=embedded_demo)`."""
    import shutil

    from .helpers import embedded_env

    env = embedded_env(tmp_path)
    shutil.copy(embedded_demo_file, tmp_path / "casetracker.sqlite3")
    return {**env, "DJANGO_ALLOWED_HOSTS": "testserver"}
