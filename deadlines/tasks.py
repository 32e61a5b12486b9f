"""The worker keeps every calendar feed built: a feed whose items changed is rebuilt within a minute."""

import logging

from celery import shared_task
from django.conf import settings

from .feeds import feed_build
from .models import CalendarFeed
from .services import feed_items

log = logging.getLogger(__name__)


@shared_task
def feeds_rebuild_task() -> int:
    """Rebuild the stale feeds. A feed asked for before this runs is built by the request itself."""
    rebuilt = 0
    for feed in CalendarFeed.objects.filter(stale=True).select_related("user").iterator():
        feed_build(feed, feed_items(feed.user), site=settings.SITE_URL)
        rebuilt += 1
    return rebuilt
