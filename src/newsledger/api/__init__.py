"""HTTP API (OpenAPI) and the web workspace, served by one process.

>>> app = create_app(ApiSettings(db="ledger.duckdb", token="secret"))
"""

from newsledger.api.app import create_app
from newsledger.api.settings import ApiSettings, settings_from_env

__all__ = ["ApiSettings", "create_app", "settings_from_env"]
