"""NGO Directory: a local directory of NGOs, groups, offices, people and partnerships."""

from importlib import metadata

try:
    __version__ = metadata.version("ngo-directory")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
