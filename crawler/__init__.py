"""Vietnamese provincial news crawler."""

__version__ = "0.1.0"
