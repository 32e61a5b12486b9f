"""The apps keep their order and have no import circles, as .importlinter declares (import-linter and grimp)."""

from pathlib import Path

import grimp
import pytest
from importlinter.api import read_configuration
from importlinter.contracts.acyclic_siblings import AcyclicSiblingsContract
from importlinter.contracts.layers import LayersContract

CONFIG = Path(__file__).resolve().parents[2] / ".importlinter"
CONTRACTS = {"layers": LayersContract, "acyclic_siblings": AcyclicSiblingsContract}


@pytest.fixture(scope="module")
def configuration():
    return read_configuration(str(CONFIG))


@pytest.fixture
def graph(configuration):
    return grimp.build_graph(*configuration["session_options"]["root_packages"], cache_dir=None)


def broken(configuration, graph) -> list[str]:
    """The names of the contracts the import graph breaks."""
    names = []
    for options in configuration["contracts_options"]:
        contract = CONTRACTS[options["type"]](options["name"], configuration["session_options"], options)
        if not contract.check(graph, verbose=False).kept:
            names.append(options["name"])
    return names


def test_every_module_imports_in_the_declared_order_and_without_circles(configuration, graph):
    """Lower apps never import higher ones (including imports inside functions), and no module circle exists."""
    assert broken(configuration, graph) == []


@pytest.mark.parametrize(
    ("importer", "imported", "contract"),
    [
        ("cases.models.case", "filings.models", "An app imports only the apps below it"),
        ("filings.services", "reports.services", "An app imports only the apps below it"),
        ("imports.services", "reports.models", "An app imports only the apps below it"),
        ("reports.dispatch", "reports.tasks", "No import circle inside an app"),
    ],
)
def test_an_import_against_the_order_is_caught(configuration, graph, importer, imported, contract):
    """Add one wrong import to the real graph: the contract it breaks says so."""
    graph.add_import(importer=importer, imported=imported)
    assert contract in broken(configuration, graph)
