"""Casetracker settings.

Everything that differs between a laptop and production is read from the
environment here, and only here:

- ``DATABASE_URL``: defaults to an SQLite file, the embedded default.
- ``CELERY_BROKER_URL``: defaults to a broker kept in files under ``var/``,
  so ``make run`` needs no Redis.
- ``DJANGO_SECRET_KEY``: required when debug is off.
- ``DJANGO_DEBUG`` and ``DJANGO_ALLOWED_HOSTS``.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("CASETRACKER_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "insecure-development-key-only-for-debug-mode"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "django.forms",
    "django_filters",
    "simple_history",
    "axes",
    "csp",
    # Lowest first: an app imports only from those above it in this list (see the README's architecture).
    "casetracker",
    "cases",
    "filings",
    "appeals",
    "deadlines",
    "imports",
    "notes",
    "reports",
    "casefile",
    "devdata",
]

DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")  # see DATABASES below

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    *(["casetracker.replica.ReplicaReadsMiddleware"] if DATABASE_REPLICA_URL else []),  # before any read of the request
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "casetracker.middleware.NoStoreMiddleware",
    "casetracker.middleware.NotAllowedPageMiddleware",  # inside NoStore: the 405 page it renders is no-store too
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as axes asks: it turns a refused sign-in into the lockout page
]

ROOT_URLCONF = "casetracker.urls"
WSGI_APPLICATION = "casetracker.wsgi.application"

TEMPLATES = [
    {
        # Django's engine; every rendered page shows bidirectional controls as their codes (casetracker/text.py).
        "BACKEND": "casetracker.templating.DisplaySafeTemplates",
        "NAME": "django",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Widget templates come from templates/ too (the date-range filter has its own).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the Celery worker share the file: wait for the
    # other writer instead of failing with "database is locked".
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {"timeout": 30, "transaction_mode": "IMMEDIATE"}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool("DJANGO_DB_PGBOUNCER"):
    # PgBouncer in transaction mode hands each transaction whichever server connection is free, so nothing may
    # outlive one: no prepared statements (Debian's PgBouncer 1.18 keeps none), client-side parameter binding, and
    # no WITH HOLD cursors, which an iterator() outside a transaction would open.
    DATABASES["default"].setdefault("OPTIONS", {}).update(prepare_threshold=None, server_side_binding=False)
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool("DJANGO_DB_POOL"):
    # Each process keeps up to max_size connections open and lends one per request or task; a request that finds
    # all lent waits up to timeout seconds, then fails. Django refuses persistent connections beside a pool.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": int(os.environ.get("DJANGO_DB_POOL_MIN_SIZE", "1")),
        "max_size": int(os.environ.get("DJANGO_DB_POOL_MAX_SIZE", "4")),
        "timeout": float(os.environ.get("DJANGO_DB_POOL_TIMEOUT", "10")),
    }
# A read replica, by configuration: reads of requests that write nothing, from users who have written nothing lately
# (casetracker/replica.py). The same options as the primary (PgBouncer, pool) apply to it.
DATABASE_REPLICA_PIN_SECONDS = int(os.environ.get("DATABASE_REPLICA_PIN_SECONDS", "30"))
if DATABASE_REPLICA_URL and DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    _primary = DATABASES["default"]
    DATABASES["replica"] = {
        **dj_database_url.parse(DATABASE_REPLICA_URL, conn_max_age=_primary["CONN_MAX_AGE"]),
        "OPTIONS": {**dj_database_url.parse(DATABASE_REPLICA_URL).get("OPTIONS", {}), **_primary.get("OPTIONS", {})},
        "DISABLE_SERVER_SIDE_CURSORS": _primary.get("DISABLE_SERVER_SIDE_CURSORS", False),
        "TEST": {"MIRROR": "default"},
    }
    DATABASE_ROUTERS = ["casetracker.replica.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHE_URL = os.environ.get("CACHE_URL", "")
CACHES = {
    "default": {"BACKEND": "casetracker.cache.ClientKeptRedisCache", "LOCATION": CACHE_URL}
    if CACHE_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
# Sessions live where every web process sees the same one, or a signed-out session would live on in the
# others' memory: Redis in front of the database when CACHE_URL names one, else the database alone.
SESSION_ENGINE = "django.contrib.sessions.backends." + ("cached_db" if CACHE_URL else "db")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# The address people reach the app at, for links written where no request is at hand (calendar feeds built
# by the worker). A feed built while answering a request uses that request's own address.
SITE_URL = os.environ.get("CASETRACKER_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
LOGIN_URL = "login"
# Sign-ins are throttled by django-axes, on the site's page and the admin's: after AXES_FAILURE_LIMIT failures
# for one username, or from one address, its sign-ins are refused for the cool-off time without hashing a password.
# With a shared cache, permissions are read from it (casetracker/permissions.py); a cache of each process's own
# would keep a revoked permission alive in the others.
AUTHENTICATION_BACKENDS = [
    "casetracker.accounts.ThrottledBackend",
    "casetracker.permissions.CachedPermissionsBackend" if CACHE_URL else "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("DJANGO_LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "casetracker.accounts.locked_out"
AXES_CLIENT_IP_CALLABLE = "casetracker.accounts.client_ip"
# How many reverse proxies stand in front of the app, each appending to X-Forwarded-For. 0 trusts no such
# header: a client could write any address there. Set it to the real number, or every sign-in seems to
# come from the proxy, and one person's failures lock the whole firm out.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "America/Los_Angeles")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Several hosts share their files through S3-compatible object storage: report PDFs a worker writes, documents
# a web process takes in. Everything goes through the storage API, so only this block knows which one is used.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,  # blank: Amazon S3 itself
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,  # blank: boto3's own chain (an instance role)
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE") or None,  # "path" for most self-hosted stores
            "signature_version": "s3v4",
            # Nothing is public: objects are private, and downloads stream through the views that check access.
            "default_acl": "private",
            "querystring_expire": 60,  # were an address ever signed, it would be good for a minute
            # Two workers naming the same file get two objects, never one overwriting the other.
            "file_overwrite": False,
            # A download is spooled to a temporary file past this, not held in the web process's memory.
            "max_memory_size": 10 * 1024 * 1024,
        },
    }
# Uploaded docket documents are PDFs of court filings; cap what one upload may be.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# juriscraper writes a debug log to /var/log/juriscraper unless told otherwise, and warns when it cannot:
# discard it unless JURISCRAPER_LOG names a file. Our own logging covers what matters.
os.environ.setdefault("JURISCRAPER_LOG", os.devnull)
# A docket sheet of 10,000 entries is about 5 MB of HTML; anything far larger is not a docket sheet.
IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_BYTES", 20 * 1024 * 1024))
# A filed PDF attached to a docket entry: court e-filing systems cap a document well below this.
ATTACHMENT_MAX_BYTES = int(os.environ.get("ATTACHMENT_MAX_BYTES", 50 * 1024 * 1024))

# Security: all of this is on whenever debug is off, so `check --deploy` is clean.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = 0 if DEBUG else int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "casetracker.errors.csrf_failure"  # a refused form says, in the site's layout, to reload it
# Scripts and styles only from our own files: no inline script, no inline style, no plugins, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # No exception: the history list is our own template (simple_history's set an inline style).
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Celery. With no CELERY_BROKER_URL the broker is a folder of files, so the
# embedded default runs a real worker without a Redis server.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "filesystem://")
if CELERY_BROKER_URL.startswith("redis"):
    # With acks_late, Redis hands an unacknowledged job to another worker after this long: keep it
    # well beyond the longest render, or a slow render would run twice.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
if CELERY_BROKER_URL == "filesystem://":
    _queue_dir = VAR_DIR / "celery-queue"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir),
        "data_folder_out": str(_queue_dir),
        "control_folder": str(VAR_DIR / "celery-control"),
    }
# A render lost with its worker (killed, out of memory) goes back to the queue instead of vanishing.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# Long renders: don't let one worker hoard tasks another could start now.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A part of a report renders in seconds; anything near these limits is stuck. Soft first, so we can say so.
CELERY_TASK_SOFT_TIME_LIMIT = int(os.environ.get("CELERY_SOFT_TIME_LIMIT", "240"))
CELERY_TASK_TIME_LIMIT = CELERY_TASK_SOFT_TIME_LIMIT + 30
# WeasyPrint's memory is only given back when its process ends: replace a child that has grown.
CELERY_WORKER_MAX_MEMORY_PER_CHILD = 300_000  # KiB
CELERY_WORKER_MAX_TASKS_PER_CHILD = 100
CELERY_BROKER_CONNECTION_TIMEOUT = 2  # a web request must not hang on a broker that is down
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = False  # acks_late redelivers them anyway
CELERY_BEAT_SCHEDULE = {
    "sweep-reports": {
        "task": "reports.tasks.reports_sweep_task",
        "schedule": float(os.environ.get("REPORT_SWEEP_SECONDS", "30")),
    },
    # Calendar feeds whose deadlines changed are built again, so a subscriber's fetch is served from storage.
    "rebuild-calendar-feeds": {"task": "deadlines.tasks.feeds_rebuild_task", "schedule": 60.0},
    # The case list reads its total from a tally of one row per write; fold the rows now and then.
    "fold-case-tally": {"task": "cases.tasks.case_tally_fold_task", "schedule": 600.0},
}
# Work is queued by kind, each kind consumed by workers of its own (`celery worker -Q renders`, `-Q default`),
# so a long render never waits in front of a sweep or a calendar feed. Routes go by task name, as the web
# process sends them. Docket syncs and alerts get their own queues here when they come.
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "reports.tasks.report_plan_task": {"queue": "renders"},
    "reports.tasks.report_part_task": {"queue": "renders"},
    "reports.tasks.report_assemble_task": {"queue": "renders"},
}
CELERY_TASK_SERIALIZER = "json"  # task arguments are ids, never pickled objects
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_BACKEND = None  # task state lives on our own rows, not in a result store
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# Reports: docket entries per part (parts render in parallel), how long a silent worker is given
# before its part is sent again, and how hard to try reaching the broker while an attorney waits.
REPORT_PART_ENTRIES = int(os.environ.get("REPORT_PART_ENTRIES", "500"))
REPORT_STALE_SECONDS = int(os.environ.get("REPORT_STALE_SECONDS", "20"))
# The font of the page numbers stamped on reports joined from parts (Debian's fonts-dejavu-core).
REPORT_FOOTER_FONT = os.environ.get("REPORT_FOOTER_FONT", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
REPORT_SEND_RETRY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.5, "interval_max": 0.5}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # axes logs each failed sign-in and lockout as a warning, and its start-up banner at INFO on every command.
    "loggers": {"juriscraper": {"level": "WARNING"}, "weasyprint": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}
