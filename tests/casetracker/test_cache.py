"""The Redis cache keeps one client per connection pool, against a real Redis, and still reads what it wrote."""

import os

from casetracker.cache import ClientKeptRedisCache


def test_one_client_serves_every_call_and_reads_back_what_it_wrote():
    cache = ClientKeptRedisCache(os.environ["CELERY_BROKER_URL"], {"KEY_PREFIX": "test-cache-client"})
    client = cache._cache.get_client("a", write=True)
    assert cache._cache.get_client("b") is client
    cache.set("matter", {"number": "2025-0130"}, 30)
    assert cache.get("matter") == {"number": "2025-0130"}
    assert cache.get_many(["matter", "missing"]) == {"matter": {"number": "2025-0130"}}
    cache.delete("matter")
    assert cache.get("matter") is None
