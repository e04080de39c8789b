"""Run one of CPython's own test modules against pyrite's Lib/ modules.

usage: python3 -I -S with_lib.py run_cpython_tests.py TEST_NAME
       (e.g. test_threading, test_queue, test_threading_local)

Results on CPython 3.11.7 (the only failure is also seen with --cpython:
the interpreter there imports threading at startup):
  test_threading        197 tests, 1 failure (test_import_from_another_thread)
  test_queue            54 tests OK
  test_threading_local  22 tests OK
"""
import sys
import unittest
import importlib
import _thread
import threading
import queue

if not hasattr(_thread, '_local'):
    # test_threading_local tests _thread._local directly.
    _thread._local = threading.local
name = sys.argv[1]
mod = importlib.import_module('test.' + name)
print('using', threading.__file__, queue.__file__, file=sys.stderr)
suite = unittest.defaultTestLoader.loadTestsFromModule(mod)
result = unittest.TextTestRunner(verbosity=1, stream=sys.stdout).run(suite)
sys.exit(0 if result.wasSuccessful() else 1)
