"""The web app (pages, JSON API, exports): ``create_app(store_or_settings)``."""
from .app import create_app

__all__ = ["create_app"]
