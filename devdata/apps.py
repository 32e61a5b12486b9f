from django.apps import AppConfig


class DevdataConfig(AppConfig):
    """The demo and the synthetic data for load tests."""

    name = "devdata"
    verbose_name = "Demo and synthetic data"
