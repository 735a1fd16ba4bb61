"""The one place the package version is written; pyproject.toml reads it (hatch), so does __version__."""

__version__ = "0.1.0"
