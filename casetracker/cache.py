"""Django's Redis cache, keeping one redis client per connection pool.

Django builds a new ``redis.Redis`` for every cache call, and each one builds its table of some three hundred
response callbacks: a few tenths of a millisecond on each of the several cache reads of every request (the
session, the permissions). The client is safe to share between threads; its connections come from the pool.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ClientKeptRedisCacheClient(RedisCacheClient):
    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        if id(pool) not in clients:
            clients[id(pool)] = self._client(connection_pool=pool)
        return clients[id(pool)]


class ClientKeptRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ClientKeptRedisCacheClient
