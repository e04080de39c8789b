"""JSON token scanner (pyrite)."""
from .decoder import make_scanner, _Scanner as _Scanner

py_make_scanner = make_scanner
c_make_scanner = None

__all__ = ['make_scanner']
